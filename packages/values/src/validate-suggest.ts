/**
 * Did-you-mean: the known word nearest to a misspelt one, by edit distance (insertions,
 * deletions, substitutions and swaps of neighbours), ignoring case.
 */

/**
 * Optimal-string-alignment distance: Levenshtein plus the swap of two neighbouring letters.
 * Past `max` it stops early and returns max + 1 (validation runs cold, in the interpreter).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const n = b.length;
  if (Math.abs(a.length - n) > max) return max + 1;
  // Three rolling rows of the (a.length + 1) x (n + 1) table: two back, previous, current.
  let back = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, back[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches back two rows, so stop only when two rows in a row are past max.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [back, prev, cur] = [prev, cur, back];
  }
  return prev[n];
}

/** How far a word of this length may be from the suggestion: short words allow less. */
function tolerance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidate nearest to `word` within the tolerance, or undefined. A difference in case
 * alone wins over any edit; ties go to the first candidate in sorted order.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const max = tolerance(word.length);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cl = c.toLowerCase();
    const d = cl === lower ? 0.5 : editDistance(lower, cl, max);
    // Ties go to the first in sorted order, whatever order the candidates come in.
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) [best, bestDistance] = [c, d];
  }
  return bestDistance <= max ? best : undefined;
}
