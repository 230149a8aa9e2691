/**
 * NEL (U+0085), LS (U+2028) and PS (U+2029) are line breaks to libyaml (YAML
 * 1.1) and content to the `yaml` package (YAML 1.2). yaml.v2 v2.4.0's reader
 * turns NEL into '\n' but copies LS and PS into scalars (readerc.go read_line),
 * so a break written as LS stays an LS in the value.
 *
 * The text is parsed with the breaks made visible to the `yaml` package (outside
 * quoted scalars they become '\n'; inside, where the `yaml` package would refuse
 * unindented continuation lines that libyaml takes, they stay); scalars that hold
 * one are then re-read from the original text the way libyaml folds them.
 * Not reproduced: folded (`>`) block scalars keep the `yaml` package's '\n'.
 */
import { Parser, type CST, type Scalar } from 'yaml';

const BREAKS = /[\x85\u2028\u2029]/;

/** Does the text hold a break only libyaml sees? */
export function hasLibyamlBreaks(text: string): boolean {
  return BREAKS.test(text);
}

/** The text as the `yaml` package should see it (same length, so offsets agree with the original). */
export function libyamlBreaks(text: string): string {
  if (!BREAKS.test(text)) return text;
  const quoted: [number, number][] = [];
  const stack: CST.Token[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar')
      quoted.push([t.offset, t.offset + t.source.length]);
    else if (t.type === 'document' && t.value) stack.push(t.value);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const it of t.items) {
        if (it.key) stack.push(it.key);
        if (it.value) stack.push(it.value);
      }
    }
  }
  quoted.sort((a, b) => a[0] - b[0]);
  let q = 0;
  // Matches come in text order, so one pass over the sorted ranges finds each one's quote.
  return text.replace(/[\x85\u2028\u2029]/g, (c, i: number) => {
    while (q < quoted.length && quoted[q][1] <= i) q++;
    return q < quoted.length && quoted[q][0] <= i ? c : '\n';
  });
}

/** The value libyaml gives a scalar whose source (in `original`) holds NEL/LS/PS, or undefined to keep the `yaml` package's. */
export function libyamlScalarValue(original: string, n: Scalar): string | undefined {
  const range = n.range;
  if (!range) return undefined;
  const src = original.slice(range[0], range[1]);
  if (!BREAKS.test(src)) return undefined;
  const value = typeof n.value === 'string' ? n.value : String(n.value ?? '');
  switch (n.type) {
    case 'PLAIN':
      return foldPlain(src);
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      // Blanks around a break are dropped; NEL folds to a space like '\n', LS/PS stay.
      return value.replace(/[ \t]*([\x85\u2028\u2029])[ \t]*/g, (_m, b: string) => (b === '\x85' ? ' ' : b));
    case 'BLOCK_LITERAL': {
      // Each '\n' of a literal block is one source break after the header, in order.
      const breaks = src.slice(src.search(/[\n\r\x85\u2028\u2029]/) + 1).match(/\r\n|[\n\r\x85\u2028\u2029]/g) ?? [];
      let i = 0;
      return value.replace(/\n/g, () => {
        const b = breaks[i++] ?? '\n';
        return b === '\u2028' || b === '\u2029' ? b : '\n';
      });
    }
    default:
      return undefined;
  }
}

/**
 * yaml_parser_scan_plain_scalar's folding: blanks around breaks go; a single '\n'
 * break becomes a space, more '\n' breaks stay as they are; a run that starts
 * with LS/PS keeps all its breaks.
 */
function foldPlain(src: string): string {
  let out = '';
  let blanks = '';
  let leading: string | undefined;
  let trailing = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === ' ' || c === '\t') {
      if (leading === undefined) blanks += c;
      continue;
    }
    if (c === '\n' || c === '\r' || c === '\x85' || c === '\u2028' || c === '\u2029') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      // read_line: CR, CRLF and NEL read as '\n'.
      const b = c === '\r' || c === '\x85' ? '\n' : c;
      if (leading === undefined) {
        blanks = '';
        leading = b;
      } else trailing += b;
      continue;
    }
    if (leading !== undefined) {
      out += leading === '\n' ? (trailing === '' ? ' ' : trailing) : leading + trailing;
      leading = undefined;
      trailing = '';
    } else out += blanks;
    blanks = '';
    out += c;
  }
  return out;
}
