/**
 * A template's text with holes where its random values go, for templates that
 * are rendered again and again in one render only to be hashed (secrets.yaml
 * under every workload's `checksum/secrets`): Helm draws fresh random values on
 * each include, but everything around them is the same each time. The text
 * around the holes is rendered once (kept.ts keeps it for the render) and each
 * include fills the holes, drawing as many values, in the same order, as
 * rendering the template would.
 */

/** The texts around the holes (one more than the holes) and what each hole asked for, in order. */
export interface TextWithHoles<A> {
  readonly texts: readonly string[];
  readonly holes: readonly A[];
}

/** Stands for hole i while the text is rendered: no chart text or value is expected to hold it (checked). */
const marker = (i: number) => `\u0000hole ${i}\u0000`;

/**
 * Renders `render` with each `hole(arg)` left open. Undefined when the holes cannot
 * be told apart from the text (a value that holds a marker) or did not land in the
 * order they were asked for: the caller renders the template as it is then.
 */
export function textWithHoles<A>(render: (hole: (arg: A) => string) => string): TextWithHoles<A> | undefined {
  const holes: A[] = [];
  const text = render((arg) => marker(holes.push(arg) - 1));
  const texts: string[] = [];
  let from = 0;
  for (let i = 0; i < holes.length; i++) {
    const m = marker(i);
    const at = text.indexOf(m, from);
    if (at < 0) return undefined;
    texts.push(text.slice(from, at));
    from = at + m.length;
  }
  const rest = text.slice(from);
  if (rest.includes('\u0000hole ') || texts.some((t) => t.includes('\u0000hole '))) return undefined;
  texts.push(rest);
  return { texts, holes };
}

/** The text with each hole filled by `fill(arg)`, called in hole order. */
export function fillHoles<A>(t: TextWithHoles<A>, fill: (arg: A) => string): string {
  let out = t.texts[0];
  for (let i = 0; i < t.holes.length; i++) out += fill(t.holes[i]) + t.texts[i + 1];
  return out;
}
