/** The Go/sprig runtime shared by every ported template. */
export * from './go-fmt.js';
export * from './template-error.js';
export { define, leaveScope, locateIn, type TemplateScope } from './template-sites.js';
export * from './access.js';
export * from './truth.js';
export * from './range.js';
export * from './compare.js';
export * from './sprig.js';
export * from './include.js';
export { countDraws, newRenderState, undoSets, type RenderState } from './render-state.js';
export { indentInclude, keptForRender } from './kept.js';
export { toYaml, toYamlIndented } from './to-yaml.js';
export { toJson } from './to-json.js';
