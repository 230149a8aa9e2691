/**
 * The first occurrence of `needle` at or after a position, by `indexOf`, remembering the
 * last answer: the reader asks line after line, and a needle missing from the rest of the
 * text would otherwise be searched for to the end on every line (quadratic in the text).
 */
export class NextIndex {
  /** `found` is the first occurrence at or after `from` (-1: none to the end). */
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  at(p: number): number {
    if (this.from < 0 || p < this.from || (this.found >= 0 && p > this.found)) {
      this.from = p;
      this.found = this.text.indexOf(this.needle, p);
    }
    return this.found;
  }
}
