/**
 * Whether renders prepare for a next render of other values (coalesced values kept
 * and interned, reads tracked for the memo, document heads kept).
 * On by default: a library user renders again and again. The CLI renders once per
 * process, where that costs time (building keys and tables, in a cold interpreter)
 * and saves none, so its Node entry turns it off; the memo still works within the
 * render (a file included by eight workloads renders once). Output is the same
 * either way (golden.test.ts runs the cases with it on, the bundled CLI's run of the
 * same cases with it off).
 */
export const keep = { betweenRenders: true };

export function setKeepBetweenRenders(on: boolean): void {
  keep.betweenRenders = on;
}
