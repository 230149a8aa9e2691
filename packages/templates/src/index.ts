/** @polyaxon-render/templates: the five charts' templates as typed functions, and their Go/sprig runtime. */
export * from './context.js';
export * from './charts.js';
export * as runtime from './runtime/index.js';
export { TemplateError } from './runtime/template-error.js';
export { cryptoRandom, seededRandom, type RandomSource } from './runtime/sprig.js';
export { notesView, type NotesView, type NotesAccess } from './polyaxon/templates/NOTES.js';
