/**
 * The flags of `helm template` (Helm v3.17.3), as data: name, short form, kind
 * (pflag's bool / string / stringArray / stringSlice) and help. Flags that only
 * matter for a cluster or a chart repository are accepted and ignored, so a
 * command line written for helm works unchanged.
 */
export type FlagKind = 'bool' | 'string' | 'stringArray' | 'stringSlice';

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
  readonly help: string;
  /** Accepted for compatibility with helm; has no effect here. */
  readonly ignored?: boolean;
  /** pflag NoOptDefVal: the value when given without `=value` (e.g. --dry-run). */
  readonly noOptDefault?: string;
  /**
   * The value may follow as the next argument only when it looks like one
   * (`--version` alone prints versions; `--version 0.5.5` is helm's chart
   * version); names the value in --help.
   */
  readonly optionalValue?: string;
}

export const flagSpecs: readonly FlagSpec[] = [
  {
    name: 'values',
    short: 'f',
    kind: 'stringSlice',
    help: 'specify values in a YAML file, or - for stdin (can specify multiple)',
  },
  { name: 'set', kind: 'stringArray', help: 'set values on the command line (key1=val1,key2=val2)' },
  { name: 'set-string', kind: 'stringArray', help: 'set STRING values on the command line' },
  { name: 'set-file', kind: 'stringArray', help: 'set values from files (key1=path1,key2=path2)' },
  { name: 'set-json', kind: 'stringArray', help: 'set JSON values on the command line (key1=jsonval1)' },
  { name: 'set-literal', kind: 'stringArray', help: 'set a literal STRING value on the command line' },
  { name: 'namespace', short: 'n', kind: 'string', help: 'namespace scope for this request (.Release.Namespace)' },
  {
    name: 'kube-version',
    kind: 'string',
    help: 'Kubernetes version used for Capabilities.KubeVersion (default v1.32.0)',
  },
  {
    name: 'api-versions',
    short: 'a',
    kind: 'stringSlice',
    help: 'Kubernetes api versions used for Capabilities.APIVersions',
  },
  { name: 'show-only', short: 's', kind: 'stringArray', help: 'only show manifests rendered from the given templates' },
  {
    name: 'output-dir',
    kind: 'string',
    help: 'writes the executed templates to files in output-dir instead of stdout',
  },
  { name: 'release-name', kind: 'bool', help: 'use release name in the output-dir path' },
  { name: 'no-hooks', kind: 'bool', help: "leave out hooks (the chart's setup jobs)" },
  { name: 'skip-tests', kind: 'bool', help: 'skip tests from templated output' },
  { name: 'include-crds', kind: 'bool', help: 'include CRDs in the templated output (this chart has none)' },
  { name: 'is-upgrade', kind: 'bool', help: 'set .Release.IsUpgrade instead of .Release.IsInstall' },
  {
    name: 'generate-name',
    short: 'g',
    kind: 'bool',
    help: 'omit NAME (helm template then still names the release "release-name")',
  },
  {
    name: 'name-template',
    kind: 'string',
    help: 'the release name when NAME is omitted (plain text; template actions are not supported)',
  },
  { name: 'notes', kind: 'bool', help: "print the chart's post-install NOTES instead of the manifests" },
  {
    name: 'output',
    short: 'o',
    kind: 'string',
    help: 'output format: yaml (default) or json (the documents as a JSON array: source, kind, name, apiVersion, hook, text)',
  },
  { name: 'seed', kind: 'string', help: 'make generated secrets reproducible from this number (NOT secret)' },
  {
    name: 'strict',
    kind: 'bool',
    help: 'refuse values the chart does not know or of the wrong type (one line per finding, exit 1)',
  },
  {
    name: 'modernize',
    kind: 'bool',
    help: 'rewrite to the newest APIs the --kube-version cluster serves (not helm output; see docs/modernize.md)',
  },
  {
    name: 'verify',
    kind: 'bool',
    help: "check every object against the --kube-version cluster's APIs and schemas, offline (warnings; refused with --strict)",
  },
  { name: 'help', short: 'h', kind: 'bool', help: 'show this help' },
  {
    name: 'version',
    kind: 'string',
    optionalValue: '0.5.5',
    help: "alone: print the tool version and the chart versions it renders; with a value: helm's chart version (only 0.5.5)",
  },
  { name: 'debug', kind: 'bool', help: 'enable verbose output', ignored: true },
  {
    name: 'validate',
    kind: 'bool',
    help: 'validate against a cluster (not available: there is no cluster)',
    ignored: true,
  },
  { name: 'skip-crds', kind: 'bool', help: 'no CRDs will be installed', ignored: true },
  {
    name: 'skip-schema-validation',
    kind: 'bool',
    help: 'disables JSON schema validation (the chart has no schema)',
    ignored: true,
  },
  { name: 'dry-run', kind: 'string', help: 'simulate an install', ignored: true, noOptDefault: 'client' },
  { name: 'atomic', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'wait', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'wait-for-jobs', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'timeout', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'create-namespace', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'force', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'replace', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'take-ownership', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'disable-openapi-validation', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'enable-dns', kind: 'bool', help: 'DNS lookups in templates (unused by this chart)', ignored: true },
  { name: 'hide-notes', kind: 'bool', help: 'install option', ignored: true },
  { name: 'render-subchart-notes', kind: 'bool', help: 'install option', ignored: true },
  { name: 'description', kind: 'string', help: 'release description', ignored: true },
  { name: 'labels', short: 'l', kind: 'string', help: 'release labels', ignored: true },
  { name: 'dependency-update', kind: 'bool', help: 'chart repository option', ignored: true },
  { name: 'devel', kind: 'bool', help: 'chart repository option', ignored: true },
  { name: 'repo', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'username', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'password', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'ca-file', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'cert-file', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'key-file', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'keyring', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'insecure-skip-tls-verify', kind: 'bool', help: 'chart repository option', ignored: true },
  { name: 'pass-credentials', kind: 'bool', help: 'chart repository option', ignored: true },
  { name: 'plain-http', kind: 'bool', help: 'chart repository option', ignored: true },
  { name: 'post-renderer', kind: 'string', help: 'not supported', ignored: true },
  { name: 'post-renderer-args', kind: 'stringArray', help: 'not supported', ignored: true },
  { name: 'kube-context', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kubeconfig', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-apiserver', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-token', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-as-user', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-as-group', kind: 'stringArray', help: 'cluster option', ignored: true },
  { name: 'kube-ca-file', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-tls-server-name', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'kube-insecure-skip-tls-verify', kind: 'bool', help: 'cluster option', ignored: true },
  { name: 'burst-limit', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'qps', kind: 'string', help: 'cluster option', ignored: true },
  { name: 'registry-config', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'repository-cache', kind: 'string', help: 'chart repository option', ignored: true },
  { name: 'repository-config', kind: 'string', help: 'chart repository option', ignored: true },
];
