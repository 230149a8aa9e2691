/**
 * A printed document as the object Kubernetes reads from it. kubectl (and Helm
 * when it installs) turns manifest YAML into JSON with sigs.k8s.io/yaml, that is
 * yaml.v2's YAML 1.1 (`on`/`yes` are booleans, timestamps stay text, `<<` merges),
 * which is exactly how Helm reads values files: the values loader does the
 * decoding, so a document means the same here as in the cluster.
 */
import { loadValuesYaml } from '@polyaxon-render/values';
import type { RenderedDocument } from './render.js';

/** A Kubernetes object: JSON data (plain objects, arrays, strings, numbers, booleans, null). */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/**
 * The document's object, as plain JSON data (ordinary objects, so that tools that
 * check for them, such as cdk8s, take it). Numbers are JavaScript numbers, as
 * JSON.parse gives them. Throws RenderError('values-file') worded like Helm's
 * parse errors if the text is not YAML (a chart's own text always is).
 */
export function manifestObject(document: RenderedDocument): KubernetesObject {
  // The loader builds prototype-free maps (any key is ordinary data); JSON text turns them
  // into plain objects, keeping `__proto__` an own key as JSON.parse does.
  return JSON.parse(JSON.stringify(loadValuesYaml(document.text, document.source))) as KubernetesObject;
}
