/**
 * @polyaxon-render/templates: the five charts' templates as typed functions, and their Go/sprig runtime.
 *
 * Where a port lives follows from its chart path. A chart file `templates/<dir>/<name>.<ext>` is
 * ported as `templates/<dir>/<name>.ts` under `polyaxon/` (the parent chart) or `charts/<chart>/`
 * (a dependency): `templates/NOTES.txt` → `templates/NOTES.ts` in every chart,
 * `templates/_helpers.tpl` → `templates/_helpers.ts`, `templates/partials/_envs.tpl` →
 * `templates/partials/_envs.ts`. So every file under a `templates/` folder (tests aside) has a chart
 * file of the same name, and a leading `_` always means one of the chart's own partials, whose
 * `define`s become plain functions named after them. Code only the port has (text several templates
 * repeat verbatim, the named-template registry tpl sees) lives in `shared/` beside that chart's
 * `templates/` folder, e.g. `polyaxon/shared/workload.ts`, `charts/redis/shared/statefulset.ts`.
 */
export * from './context.js';
export * from './charts.js';
export * as runtime from './runtime/index.js';
// What the core package uses of the runtime, by name as well: a bundle that reads these off the
// `runtime` namespace object must build that object, ~70 getters, at every start of the CLI.
export { countDraws, newRenderState, undoSets, type RenderState } from './runtime/render-state.js';
export { includedText } from './runtime/include.js';
export { trimSpace } from './runtime/sprig.js';
export { TemplateError, type TemplateLocation } from './runtime/template-error.js';
export { locateIn } from './runtime/template-sites.js';
export { cryptoRandom, newCryptoRandom, seededRandom, type RandomSource } from './runtime/sprig.js';
export { notesView, type NotesView, type NotesAccess } from './polyaxon/templates/NOTES.js';
