export * from './go-value.js';
export * from './errors.js';
export * from './defaults/index.js';
