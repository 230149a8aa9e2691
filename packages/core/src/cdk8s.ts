/**
 * `polyaxon-render/cdk8s`: the Polyaxon chart as a cdk8s Chart, rendered in
 * process (no helm binary, no child process, no output buffer limit). Each
 * document `renderDocuments` prints becomes one ApiObject, in Helm's print order
 * (hooks last, as `helm template` prints them), so `app.synth()` writes the chart
 * and `ApiObject.of(...)` / `addJsonPatch` patch any object.
 *
 * This is the only module that loads `cdk8s` and `constructs` (optional peer
 * dependencies of the package): `import 'polyaxon-render'` never needs them.
 */
import { ApiObject, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { manifestObject, renderDocuments, type PolyaxonValues, type RenderOptions } from './index.js';

/** What to render: the options of `render()` that make sense for a deployment. */
export interface PolyaxonChartProps {
  /** The chart's values (as `-f my-values.yaml`), typed. @default {} (the chart's defaults) */
  readonly values?: PolyaxonValues;
  /** `.Release.Name`, the prefix of most object names. @default "release-name" */
  readonly releaseName?: string;
  /**
   * `.Release.Namespace`, and the `metadata.namespace` of every namespaced object, as
   * `helm install -n` places them (cluster-scoped kinds such as ClusterRole get none).
   * @default "default" (for the templates; objects then get no namespace field)
   */
  readonly namespace?: string;
  /** The target cluster's version (`--kube-version`), e.g. "1.29" or "v1.32.0". @default "v1.32.0" */
  readonly kubeVersion?: string;
  /**
   * Rewrite the chart's retired API versions and fields for `kubeVersion` (`--modernize`), so
   * that the objects apply to a current cluster. false gives exactly what Helm prints.
   * @default true
   */
  readonly modernize?: boolean;
  /** Draws generated secrets from a seeded generator: reproducible, not secret. @default crypto-strong randomness */
  readonly seed?: number;
  /** `--set` strings, applied over `values`, e.g. ["api.replicas=2"]. @default [] */
  readonly set?: readonly string[];
}

/**
 * Kubernetes' built-in cluster-scoped kinds (`kubectl api-resources --namespaced=false`),
 * which take no `metadata.namespace`. Any other kind is taken as namespaced.
 */
const clusterScopedKinds: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/**
 * The Polyaxon 0.5.5 chart (with its postgresql, redis, rabbitmq-ha and
 * docker-registry subcharts) as cdk8s ApiObjects.
 *
 * Helm hooks (the chart's `batch/v1` Jobs annotated `helm.sh/hook`) are added
 * too, last, with their annotations unchanged. cdk8s does not run hooks: it
 * writes them as ordinary objects, and `kubectl apply` creates them with
 * everything else; `helm.sh/hook-weight` and `helm.sh/hook-delete-policy` have no
 * effect outside Helm. Find them with `chart.hooks` (or filter them out with a
 * JSON patch of your own).
 */
export class PolyaxonChart extends Chart {
  /** The Helm hooks among them (`helm.sh/hook` annotated), in print order. */
  readonly hooks: readonly ApiObject[];

  constructor(scope: Construct, id: string, props: PolyaxonChartProps = {}) {
    super(scope, id);
    const options: RenderOptions = {
      releaseName: props.releaseName,
      namespace: props.namespace,
      kubeVersion: props.kubeVersion,
      modernize: props.modernize ?? true,
      seed: props.seed,
      set: props.set,
    };
    const hooks: ApiObject[] = [];
    const ids = new Map<string, number>();
    for (const document of renderDocuments(props.values, options)) {
      const { apiVersion, kind, metadata, ...rest } = manifestObject(document);
      const namespace =
        props.namespace !== undefined && !clusterScopedKinds.has(kind) ? { namespace: props.namespace } : {};
      // Construct ids must be unique; the same kind and name twice (possible with odd values)
      // gets a counter, as Helm prints both documents.
      const base = `${kind}-${metadata.name}`;
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      const object = new ApiObject(this, seen === 0 ? base : `${base}-${seen + 1}`, {
        ...rest,
        apiVersion,
        kind,
        metadata: { ...namespace, ...metadata },
      });
      if (document.hook) hooks.push(object);
    }
    this.hooks = hooks;
  }

  /**
   * The object of this kind and name (the first, if the chart printed two), or undefined.
   * (`apiObjects`, from Chart, lists them all in Helm's print order, hooks last.)
   */
  findObject(kind: string, name: string): ApiObject | undefined {
    return this.apiObjects.find((o) => o.kind === kind && o.name === name);
  }
}
