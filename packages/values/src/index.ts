/**
 * @polyaxon-render/values: everything about values — the Go value model, the
 * five charts' defaults, values files read as Helm reads them, Helm's `--set`
 * parser, coalescing with subchart scoping, `global` and conditions, and validation
 * of user values against the chart's values schema (values.schema.json).
 */
export * from './go-value.js';
export * from './errors.js';
export * from './go-fmt.js';
export * from './defaults/index.js';
export {
  goBytesToString,
  libyamlAnchor,
  loadValuesYaml,
  valuesFileText,
  yamlDepthFailure,
  yamlPackageErrors,
} from './load-yaml.js';
export { MAX_INPUT_LENGTH, MAX_VALUES_DEPTH, flagNestingBound, isStackOverflow, stackExhausted } from './limits.js';
export { depthBound } from './yaml-depth.js';
export { checkFirstDocument, LibyamlError } from './libyaml/parser.js';
export { parseSet, parseSetString, parseSetJSON, parseSetFile, parseSetLiteral, StrvalsError } from './strvals.js';
export { mergeMaps, mergeUserValues, type UserValueOptions } from './user-values.js';
export { copyKeepingShares, deepCopy, type Warn } from './coalesce.js';
export {
  computeValues,
  prepareChart,
  type ChartValuesNode,
  type ComputedValues,
  type PreparedChart,
  type ChartDependency as ValuesDependency,
} from './dependencies.js';
export type {
  PolyaxonValues,
  PostgresqlValues,
  RedisValues,
  RabbitmqHaValues,
  DockerRegistryValues,
} from './values-types.js';
export {
  validate,
  describeValue,
  expectedAt,
  formatFindings,
  formatPath,
  type Finding,
  type FindingKind,
} from './validate.js';
export {
  mergedUserValues,
  userValueAt,
  validateUserValues,
  valueLines,
  type UserValue,
  type ValuesSources,
} from './validate-sources.js';
