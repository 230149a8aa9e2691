/**
 * @polyaxon-render/values: everything about values — the Go value model, the
 * five charts' defaults, values files read as Helm reads them, Helm's `--set`
 * parser, and coalescing with subchart scoping, `global` and conditions.
 */
export * from './go-value.js';
export * from './errors.js';
export * from './defaults/index.js';
export { loadValuesYaml } from './load-yaml.js';
export { parseSet, parseSetString, parseSetJSON, parseSetFile, parseSetLiteral, StrvalsError } from './strvals.js';
export { mergeMaps, mergeUserValues, type UserValueOptions } from './user-values.js';
export { deepCopy, type Warn } from './coalesce.js';
export { computeValues, type ChartValuesNode, type ComputedValues, type ChartDependency as ValuesDependency } from './dependencies.js';
