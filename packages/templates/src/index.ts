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
export { TemplateError, type TemplateLocation } from './runtime/template-error.js';
export { locateIn } from './runtime/template-sites.js';
export { cryptoRandom, seededRandom, type RandomSource } from './runtime/sprig.js';
export { notesView, type NotesView, type NotesAccess } from './polyaxon/templates/NOTES.js';
