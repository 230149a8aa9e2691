/**
 * polyaxon-render: `helm template` for the Polyaxon 0.5.5 chart (with postgresql
 * 0.8.7, rabbitmq-ha 1.27.1, redis 7.0.0 and docker-registry 1.7.1), in pure
 * TypeScript, byte for byte as Helm v3.17.3 prints it.
 */
export { render, renderDocuments, type RenderOptions, type RenderedDocument } from './render.js';
export { createRenderer, DEFAULT_MAX_CACHE_BYTES, type Renderer, type RendererOptions } from './renderer.js';
export { manifestObject, type KubernetesObject } from './manifest-object.js';
export { runCli, helpText, type CliIO } from './cli.js';
export {
  verifyDocuments,
  findingLine,
  type VerifyFinding,
  type VerifyOptions,
  type VerifiableDocument,
} from './modernize/verify.js';
export { ModernizeError, type ModernizeProblem } from './modernize/modernize.js';
export { errorHints } from './error-hints.js';
export { errorCause, type ErrorCause } from './error-cause.js';
export { renderNotes, type NotesView } from './notes.js';
export { RenderError, type RenderErrorCode, type RenderErrorWhere } from '@polyaxon-render/values';
export { cryptoRandom, seededRandom, type RandomSource } from '@polyaxon-render/templates';
export { toolVersion } from './version.js';
export type {
  PolyaxonValues,
  PostgresqlValues,
  RedisValues,
  RabbitmqHaValues,
  DockerRegistryValues,
} from '@polyaxon-render/values';
export {
  validate,
  validateUserValues,
  formatFindings,
  type Finding,
  type FindingKind,
  type ValuesSources,
} from '@polyaxon-render/values';
