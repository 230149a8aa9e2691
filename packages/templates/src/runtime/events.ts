/**
 * Counts of the template actions that make a re-render differ: random draws and
 * effective `set` writes. The memo (memo.ts) uses them to know whether a render
 * can be kept.
 */
export const runtimeEvents = { draws: 0, sets: 0 };
