/**
 * The chart's post-install NOTES (polyaxon/templates/NOTES.txt), as `helm install`
 * shows them after `NOTES:`. The decisions NOTES.txt makes (which way to reach
 * the API, https or not, the admin user) are computed in TypeScript into a typed
 * view-model with the Go runtime's semantics and errors; the text around them
 * is a handlebars template, loaded only when notes are asked for.
 */
import { RenderError, toGoValue, type GoMap, type PolyaxonValues } from '@polyaxon-render/values';
import { notesView, trimSpace, type NotesView } from '@polyaxon-render/templates';
import { render, type RenderOptions } from './render.js';
import { checkRenderOptions } from './render-options.js';
import { notesTemplateSpec } from './notes-template.generated.js';
import { computeReleaseValues } from './values.js';

export { notesView, type NotesView };

/** How notes-template.generated.ts was compiled: noEscape (shell commands, not HTML), strict off (as Helm's text). */
export const notesCompileOptions = { noEscape: true, strict: false } as const;

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
    // Precompiled (notes-template.generated.ts): handlebars.compile builds its functions from strings at run
    // time, which Node refuses under --disallow-code-generation-from-strings.
    const t = handlebars.template<NotesView>(notesTemplateSpec as Parameters<typeof handlebars.template>[0]);
    return (view: NotesView) => t(view);
  });
  return compiled;
}

/** The NOTES text for a view: Helm deletes "<no value>" from rendered files and trims the notes it prints. */
export async function formatNotes(view: NotesView): Promise<string> {
  const text = (await notesFormatter())(view);
  return trimSpace(text.replaceAll('<no value>', '')) + '\n';
}

/** The NOTES view for render()'s inputs (render() has already surfaced NOTES.txt's errors). */
export function notesViewFor(values: unknown, options: RenderOptions = {}): NotesView {
  const base = values === undefined ? undefined : asUserMap(values);
  const { values: coalesced } = computeReleaseValues(
    base,
    options,
    () => {},
    () => {},
  );
  return notesView(coalesced, {
    name: options.releaseName ?? 'release-name',
    namespace: options.namespace ?? 'default',
  });
}

function asUserMap(values: unknown): GoMap | undefined {
  const v = toGoValue(values, true);
  if (v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new RenderError(
      'values',
      'renderNotes(values): values must be an object (a map of values, like a values file)',
    );
  }
  return v;
}

/**
 * The post-install NOTES `helm install` would print after `NOTES:` for these
 * values, ending in a newline. As with helm, a chart that fails to render has
 * no notes: the chart is rendered first and its error thrown.
 * @throws RenderError as render() does, or for NOTES.txt's own failures
 */
export async function renderNotes(values?: PolyaxonValues, options: RenderOptions = {}): Promise<string> {
  checkRenderOptions(options);
  render(values, { ...options, showOnly: undefined });
  return formatNotes(notesViewFor(values, options));
}
