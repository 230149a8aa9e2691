/**
 * The few declarations of `@pulumi/pulumi` and `@pulumi/kubernetes` that examples/pulumi.ts
 * uses, as those packages declare them (@pulumi/kubernetes 4.x, yaml/v2). The real packages are not
 * dependencies of this repository: with @pulumi/pulumi they install gRPC, OpenTelemetry and some
 * 200 packages for a compile check of one recipe. A change of those APIs would show here only if
 * these declarations are updated; they are kept to the parts the recipe reads.
 */
declare module '@pulumi/pulumi' {
  /** A value known once the deployment runs. */
  export interface Output<T> {
    apply<U>(func: (t: T) => U | Output<U> | Promise<U>): Output<U>;
  }
  export type Input<T> = T | Output<T> | Promise<T>;
  export class Config {
    constructor(name?: string);
    requireSecret(key: string): Output<string>;
  }
  export class ProviderResource {
    protected constructor();
  }
  export interface ComponentResourceOptions {
    provider?: ProviderResource;
    providers?: ProviderResource[] | Record<string, ProviderResource>;
    dependsOn?: Input<unknown> | Input<unknown>[];
  }
  export interface CustomResourceOptions extends ComponentResourceOptions {
    deleteBeforeReplace?: boolean;
  }
}

declare module '@pulumi/kubernetes' {
  import type { ComponentResourceOptions, CustomResourceOptions, Input, ProviderResource } from '@pulumi/pulumi';

  export interface ProviderArgs {
    /** The default namespace for namespaced objects that name none. */
    namespace?: Input<string>;
    kubeconfig?: Input<string>;
    context?: Input<string>;
  }
  export class Provider extends ProviderResource {
    constructor(name: string, args?: ProviderArgs, opts?: CustomResourceOptions);
  }

  export namespace yaml {
    namespace v2 {
      interface ConfigGroupArgs {
        /** Paths, glob patterns or URLs of manifest files. */
        files?: Input<Input<string>[]>;
        /** Kubernetes objects. */
        objs?: Input<Input<unknown>[]>;
        /** Prefix of the resource names Pulumi gives the objects. @default the ConfigGroup's name */
        resourcePrefix?: Input<string>;
        /** Do not wait for the objects to become ready. @default false */
        skipAwait?: Input<boolean>;
        /** Manifest YAML (one or more documents). */
        yaml?: Input<string>;
      }
      class ConfigGroup {
        constructor(name: string, args?: ConfigGroupArgs, opts?: ComponentResourceOptions);
      }
    }
  }
}
