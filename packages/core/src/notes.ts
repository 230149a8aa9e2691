/**
 * The chart's post-install NOTES (polyaxon/templates/NOTES.txt), as `helm install`
 * shows them after `NOTES:`. The decisions NOTES.txt makes (which way to reach
 * the API, https or not, the admin user) are computed in TypeScript into a typed
 * view-model with the Go runtime's semantics and errors; the text around them
 * is a handlebars template, loaded only when notes are asked for.
 */
import { RenderError, toGoValue, type GoMap, type GoValue } from '@polyaxon-render/values';
import { TemplateError, runtime } from '@polyaxon-render/templates';
import { trimSpace } from './go-strings.js';
import { render, type RenderOptions } from './render.js';
import { computeReleaseValues } from './values.js';

const notesTemplateName = 'polyaxon/templates/NOTES.txt';

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
  /** `.Values.user.username` as `{{ }}` prints it. */
  readonly username: string;
}

/** A read of NOTES.txt failed: Go names the template position and the expression. */
class NotesReadError extends TemplateError {
  constructor(
    readonly position: string,
    readonly expression: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One value read of NOTES.txt, tagged with where it is in the template (Go
 * reports line:column of the last field of the chain, 0-based column) so a
 * failure reads as Helm prints it.
 */
function at<T>(position: string, expression: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof TemplateError && !(e instanceof NotesReadError)) throw new NotesReadError(position, expression, e.message);
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
  return runtime.contains(substr, v);
}

/**
 * The view-model of NOTES.txt for coalesced values. Values are read in the
 * order the template reads them, so a value of the wrong type fails with the
 * error Helm reports first (sprig `contains` wants strings: `--set
 * deploymentType=1` fails the whole `helm template`).
 */
export function notesView(values: GoMap, release: { readonly name: string; readonly namespace: string }): NotesView {
  const { field, truthy, empty, printValue, trimSuffix, trunc } = runtime;
  // polyaxon/templates/_helpers.tpl "polyaxon.fullname": trunc 63 of "<release>-polyaxon", no trailing "-".
  const fullname = trimSuffix('-', trunc(63, `${release.name}-polyaxon`));
  const v = (position: string, ...path: string[]) => at(position, `.Values.${path.join('.')}`, () => field(values, ...path));
  const isMinikube = (position: string) => at(position, '.Values.deploymentType', () => containsIn('minikube', field(values, 'deploymentType')));
  const serviceTypeIs = (position: string, type: string) => at(position, '.Values.serviceType', () => containsIn(type, field(values, 'serviceType')));
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
  return { ...access, namespace: release.namespace, fullname, https, username };
}

/**
 * The NOTES text around the view-model. Handlebars drops a line holding only a
 * block tag (`{{#if}}`, `{{else if}}`, `{{/if}}`), which is how the blank lines
 * of each branch come out as NOTES.txt's `{{-` trimming leaves them.
 */
export const notesTemplate = `Polyaxon is currently running:


1. Get the application URL by running these commands:
{{#if ingress}}
    export POLYAXON_IP={{ingress.ip}}
    export POLYAXON_PORT={{ingress.port}}

    echo http://$POLYAXON_IP:$POLYAXON_PORT
{{else if minikube}}

    export POLYAXON_IP=$(minikube ip)

    export POLYAXON_PORT=$(kubectl get --namespace {{namespace}} -o jsonpath="{.spec.ports[0].nodePort}" services {{fullname}}-api)

    echo http://$POLYAXON_IP:$POLYAXON_PORT
{{else if nodePort}}

  export POLYAXON_PORT=$(kubectl get --namespace {{namespace}} -o jsonpath="{.spec.ports[0].nodePort}" services {{fullname}}-api)

  export POLYAXON_IP=$(kubectl get nodes --namespace {{namespace}} -o jsonpath="{.items[0].status.addresses[1].address}")

  echo http://$POLYAXON_IP:$POLYAXON_PORT
{{else if loadBalancer}}

     NOTE: It may take a few minutes for the LoadBalancer IP to be available.
           You can watch the status by running:
           'kubectl get --namespace {{namespace}} svc -w {{fullname}}-api'


  export POLYAXON_IP=$(kubectl get svc --namespace {{namespace}} {{fullname}}-api -o jsonpath='{.status.loadBalancer.ingress[0].ip}')

  export POLYAXON_PORT={{loadBalancer.port}}

  echo http://$POLYAXON_IP:$POLYAXON_PORT
{{else if clusterIP}}

  export POLYAXON_IP=<YOUR HOSTNAME/IP>
  export POLYAXON_PORT={{clusterIP.port}}

  echo http://$POLYAXON_IP:$POLYAXON_PORT
{{/if}}

2. Setup your cli by running theses commands:
  polyaxon config set --host=$POLYAXON_IP --port=$POLYAXON_PORT{{#if https}} --use_https=true{{/if}}

3. Log in with superuser

  USER: {{username}}
  PASSWORD: Get login password with

    kubectl get secret --namespace {{namespace}} {{fullname}}-secret -o jsonpath="{.data.POLYAXON_ADMIN_PASSWORD}" | base64 --decode
`;

let compiled: Promise<(view: NotesView) => string> | undefined;

/** handlebars is imported on first use only: plain renders never pay for loading it. */
function notesFormatter(): Promise<(view: NotesView) => string> {
  compiled ??= import('handlebars').then(({ default: handlebars }) => {
    // noEscape: the text is shell commands, not HTML; strict: a misspelt view field is a bug.
    const t = handlebars.compile<NotesView>(notesTemplate, { noEscape: true, strict: false });
    return (view: NotesView) => t(view);
  });
  return compiled;
}

/** The NOTES text for a view: Helm deletes "<no value>" from rendered files and trims the notes it prints. */
export async function formatNotes(view: NotesView): Promise<string> {
  const text = (await notesFormatter())(view);
  return trimSpace(text.replaceAll('<no value>', '')) + '\n';
}

/** The NOTES view for render()'s inputs; throws what Helm would throw while rendering NOTES.txt. */
export function notesViewFor(values: unknown, options: RenderOptions = {}): NotesView {
  const releaseName = options.releaseName ?? 'release-name';
  const base = values === undefined ? undefined : asUserMap(values);
  const { values: coalesced } = computeReleaseValues(base, options, () => {}, () => {});
  try {
    return notesView(coalesced, { name: releaseName, namespace: options.namespace ?? 'default' });
  } catch (e) {
    if (e instanceof NotesReadError) {
      const where = `${notesTemplateName}:${e.position}`;
      throw new RenderError('template', `template: ${where}: executing "${notesTemplateName}" at <${e.expression}>: ${e.message}`, { template: notesTemplateName });
    }
    throw e;
  }
}

function asUserMap(values: unknown): GoMap | undefined {
  const v = toGoValue(values);
  if (v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new RenderError('values', 'renderNotes(values): values must be an object (a map of values, like a values file)');
  }
  return v;
}

/**
 * The post-install NOTES `helm install` would print after `NOTES:` for these
 * values, ending in a newline. As with helm, a chart that fails to render has
 * no notes: the chart is rendered first and its error thrown.
 * @throws RenderError as render() does, or for NOTES.txt's own failures
 */
export async function renderNotes(values?: unknown, options: RenderOptions = {}): Promise<string> {
  render(values, { ...options, showOnly: undefined });
  return formatNotes(notesViewFor(values, options));
}
