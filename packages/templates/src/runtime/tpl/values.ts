/**
 * The values tpl evaluates: Go structs (Helm's root map, .Chart, .Capabilities,
 * .Release) seen through the fields tpl can read, Go ints, and the errors for
 * constructs outside the supported subset.
 */
import { type GoMap, type GoValue, RenderError } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import { truthy } from '../truth.js';

/** A Go struct (or Helm's root map) seen through the fields tpl can read. */
export class GoStruct {
  constructor(
    /** Go type for "can't evaluate field X in type T". */
    readonly typeName: string,
    readonly fields: Readonly<Record<string, () => TplValue>>,
    readonly options: {
      /** A map (Helm's root values) yields nil for a missing key; a struct fails. */
      readonly missingIsNil?: boolean;
      /** Text `{{ x }}` prints (a fmt.Stringer); printing is unsupported otherwise. */
      readonly printed?: string;
      /** Methods taking string arguments (VersionSet.Has). */
      readonly methods?: Readonly<Record<string, (arg: string) => TplValue>>;
      /**
       * The plain value this stands for when printed, ranged, indexed or passed
       * to a function: VersionSet's list, the Release map (whose Revision field
       * reads as a Go int, but is int64 here).
       */
      readonly value?: () => GoValue;
      /** The render context, when this is the root. */
      readonly ctx?: RenderContext;
    } = {},
  ) {}
}

/**
 * A Go `int`: template integer literals, `len`, range indices. Values from
 * `--set` are int64 (bigint); the two print alike but are named differently
 * in messages (`%!s(int=3)`, "value has type int").
 */
export class GoInt {
  constructor(readonly v: bigint) {}
}

export type TplValue = GoValue | undefined | GoStruct | GoInt;

/** A construct outside the supported subset. */
export class Unsupported extends RenderError {
  /** Whether the message already names the tpl text (the innermost tpl adds it). */
  located = false;
  constructor(what: string) {
    super('template', `${what} is outside the template subset polyaxon-render evaluates in tpl`);
    this.name = 'RenderError';
  }
}

/** A tpl failure as tplFun words it; `tpl()` prefixes "error calling tpl: " like the calling template would. */
export class TplError extends Error {}

export function unsupported(what: string): never {
  throw new Unsupported(what);
}

export function rootValue(ctx: RenderContext): GoStruct {
  const unsupportedField = (name: string) => () => unsupported(`.${name}`);
  // Helm names the static type, interface {}, in "can't evaluate field" errors of .Chart and .Capabilities.
  const chart = new GoStruct('interface {}', {
    Name: () => ctx.Chart.Name,
    Version: () => ctx.Chart.Version,
    AppVersion: () => ctx.Chart.AppVersion,
    Description: () => ctx.Chart.Description ?? '',
    IsRoot: () => ctx.Chart.IsRoot,
    // chart.Metadata fields the render context does not carry.
    ...Object.fromEntries(
      [
        'Home',
        'Sources',
        'Keywords',
        'Maintainers',
        'Icon',
        'APIVersion',
        'Condition',
        'Tags',
        'Deprecated',
        'Annotations',
        'KubeVersion',
        'Dependencies',
        'Type',
      ].map((f) => [f, unsupportedField(`Chart.${f}`)]),
    ),
  });
  const kube = ctx.Capabilities.KubeVersion;
  const kubeVersion = new GoStruct(
    'chartutil.KubeVersion',
    {
      Version: () => kube.Version,
      Major: () => kube.Major,
      Minor: () => kube.Minor,
      // A method on *KubeVersion in Helm; reads as a field.
      GitVersion: () => kube.GitVersion,
      String: () => kube.Version,
    },
    // KubeVersion is a fmt.Stringer: it prints as its Version.
    { printed: kube.Version },
  );
  const apiVersions = [...ctx.Capabilities.APIVersions];
  const versionSet = new GoStruct(
    'chartutil.VersionSet',
    {},
    { value: () => [...apiVersions], methods: { Has: (v) => apiVersions.includes(v) } },
  );
  const capabilities = new GoStruct('interface {}', {
    KubeVersion: () => kubeVersion,
    APIVersions: () => versionSet,
    HelmVersion: unsupportedField('Capabilities.HelmVersion'),
  });
  const releaseMap = (): GoMap =>
    Object.assign(Object.create(null) as GoMap, {
      Name: ctx.Release.Name,
      Namespace: ctx.Release.Namespace,
      IsUpgrade: ctx.Release.IsUpgrade,
      IsInstall: ctx.Release.IsInstall,
      Revision: BigInt(ctx.Release.Revision),
      Service: ctx.Release.Service,
    });
  // Helm's .Release is a map; a struct here only so that Revision reads as a Go int.
  const release = new GoStruct(
    'map[string]interface {}',
    {
      ...Object.fromEntries(Object.entries(releaseMap()).map(([k, v]) => [k, () => v])),
      Revision: () => new GoInt(BigInt(ctx.Release.Revision)),
    },
    { missingIsNil: true, value: releaseMap },
  );
  const template: GoMap = Object.assign(Object.create(null) as GoMap, {
    Name: ctx.Template.Name,
    BasePath: ctx.Template.BasePath,
  });
  return new GoStruct(
    'chartutil.Values',
    {
      Values: () => ctx.Values,
      Release: () => release,
      Chart: () => chart,
      Capabilities: () => capabilities,
      Template: () => template,
      Files: unsupportedField('Files'),
      Subcharts: unsupportedField('Subcharts'),
    },
    { missingIsNil: true, ctx },
  );
}

/** What a GoStruct stands for when a function needs a plain value. */
export function plain(v: TplValue, what: string): GoValue | undefined {
  if (v instanceof GoInt) return v.v;
  if (!(v instanceof GoStruct)) return v;
  if (v.options.value) return v.options.value();
  return unsupported(what);
}

/** text/template isTrue: structs are always true. */
export function isTrue(v: TplValue): boolean {
  if (v instanceof GoInt) return v.v !== 0n;
  if (v instanceof GoStruct) return v.options.value ? truthy(v.options.value()) : true;
  return truthy(v);
}
