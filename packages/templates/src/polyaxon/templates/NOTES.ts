/**
 * Port of polyaxon/templates/NOTES.txt: the decisions the post-install NOTES
 * make (which way to reach the API, https or not, the admin user), read from
 * the values in the template's order with the Go runtime's semantics and
 * errors. Helm renders NOTES.txt with every other template and then drops it,
 * so a value NOTES.txt cannot print fails `helm template` too: `notes` below
 * is that render (its text is dropped; core formats the text itself, with a
 * handlebars template, for `--notes`).
 */
import type { GoMap, GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import { contains, empty, field, printValue, trimSuffix, trunc, truthy } from '../../runtime/index.js';
import { TemplateError } from '../../runtime/template-error.js';

/** Step 1 of the NOTES: how to reach the API. At most one branch is set. */
export interface NotesAccess {
  /** ingress.enabled: the ingress host (or the minikube IP) and 80/443. */
  readonly ingress?: { readonly ip: string; readonly port: '80' | '443' };
  /** deploymentType contains "minikube" (without ingress): minikube IP and the NodePort. */
  readonly minikube?: true;
  /** serviceType contains "NodePort". */
  readonly nodePort?: true;
  /** serviceType contains "LoadBalancer": the service's external port. */
  readonly loadBalancer?: { readonly port: string };
  /** serviceType contains "ClusterIP": the service's external port. */
  readonly clusterIP?: { readonly port: string };
}

/** Everything the NOTES text prints, already formatted as Go prints it. */
export interface NotesView extends NotesAccess {
  /** `.Release.Namespace` */
  readonly namespace: string;
  /** `polyaxon.fullname` */
  readonly fullname: string;
  /** ingress.tls is not empty: the CLI setup line adds `--use_https=true`. */
  readonly https: boolean;
  /** `.Values.user.username` as a plain template action prints it. */
  readonly username: string;
}

/**
 * One value read of NOTES.txt, tagged with where it is in the template (Go
 * reports line:column of the last field of the chain, 0-based column) so a
 * failure reads as Helm prints it.
 */
function at<T>(position: string, path: readonly string[], read: () => T): T {
  try {
    return read();
  } catch (e) {
    // The chain's text is only needed for the error: built here, not on every read.
    if (e instanceof TemplateError && e.position === undefined)
      throw new TemplateError(e.message, e.fail, position, `.Values.${path.join('.')}`);
    throw e;
  }
}

/**
 * sprig `contains SUBSTR STR` on a value read from `.Values`: text/template
 * checks the argument against Go's `string`; a missing key is a nil
 * interface {}, which fails as "got interface {}".
 */
function containsIn(substr: string, v: GoValue | undefined): boolean {
  if (v === null || v === undefined) throw new TemplateError('wrong type for value; expected string; got interface {}');
  return contains(substr, v);
}

/** What NOTES.txt reads, before it becomes a NotesView. */
interface NotesReads {
  readonly access: NotesAccess;
  readonly fullname: string;
  readonly https: boolean;
  readonly username: string;
}

/**
 * The view-model of NOTES.txt for coalesced values. Values are read in the
 * order the template reads them, so a value of the wrong type fails with the
 * error Helm reports first (sprig `contains` wants strings: `--set
 * deploymentType=1` fails the whole `helm template`).
 */
export function notesView(values: GoMap, release: { readonly name: string; readonly namespace: string }): NotesView {
  const { access, fullname, https, username } = notesReads(values, release.name);
  return { ...access, namespace: release.namespace, fullname, https, username };
}

function notesReads(values: GoMap, releaseName: string): NotesReads {
  // polyaxon/templates/_helpers.tpl "polyaxon.fullname": trunc 63 of "<release>-polyaxon", no trailing "-".
  const fullname = trimSuffix('-', trunc(63, `${releaseName}-polyaxon`));
  const v = (position: string, ...path: string[]) => at(position, path, () => field(values, ...path));
  const isMinikube = (position: string) =>
    at(position, ['deploymentType'], () => containsIn('minikube', field(values, 'deploymentType')));
  const serviceTypeIs = (position: string, type: string) =>
    at(position, ['serviceType'], () => containsIn(type, field(values, 'serviceType')));
  const externalPort = (position: string) => printValue(v(position, 'api', 'service', 'externalPort'));
  let access: NotesAccess = {};
  if (truthy(v('6:22', 'ingress', 'enabled'))) {
    const ip = isMinikube('8:38') ? '$(minikube ip)' : printValue(v('11:41', 'ingress', 'hostName'));
    access = { ingress: { ip, port: empty(v('13:38', 'ingress', 'tls')) ? '80' : '443' } };
  } else if (isMinikube('21:39')) {
    access = { minikube: true };
  } else if (serviceTypeIs('31:34', 'NodePort')) {
    access = { nodePort: true };
  } else if (serviceTypeIs('39:43', 'LoadBalancer')) {
    access = { loadBalancer: { port: externalPort('48:45') } };
  } else if (serviceTypeIs('52:40', 'ClusterIP')) {
    access = { clusterIP: { port: externalPort('55:45') } };
  }
  const https = !empty(v('64:36', 'ingress', 'tls'));
  const username = printValue(v('72:23', 'user', 'username'));
  return { access, fullname, https, username };
}

/**
 * The NOTES.txt render: every read NOTES.txt makes, for its errors; the text itself is
 * dropped by Helm (so no view is assembled: spreading one of six shapes costs more than the reads).
 */
export function notes(ctx: RenderContext): string {
  notesReads(ctx.Values, ctx.Release.Name);
  return '';
}
