/** @polyaxon-render/templates: the five charts' templates as typed functions, and their Go/sprig runtime. */
export * from './context.js';
export * from './charts.js';
export * as runtime from './runtime/index.js';
// What the core package uses of the runtime, by name as well: a bundle that reads these off the
// `runtime` namespace object must build that object, ~70 getters, at every start of the CLI.
export { keep, setKeepBetweenRenders } from './runtime/keep.js';
export { withRenderScope } from './runtime/render-scope.js';
export { memoRender, lastHoles, type MemoTable } from './runtime/memo.js';
export { includedText } from './runtime/include.js';
export { trimSpace } from './runtime/sprig.js';
// yaml.v2's printing, for the --modernize stage's rewritten fields (the style of the templates' own toYaml).
export { toYaml } from './runtime/index.js';
export { TemplateError } from './runtime/template-error.js';
export { cryptoRandom, seededRandom, type RandomSource } from './runtime/sprig.js';
export { notesView, type NotesView, type NotesAccess } from './polyaxon/templates/NOTES.js';
