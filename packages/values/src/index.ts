export * from './go-value.js';
export * from './errors.js';
