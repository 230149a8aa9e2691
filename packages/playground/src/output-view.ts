/**
 * The rendered YAML: one text node in a <pre>, so the whole output is in the page
 * (find in page, screen readers and test tools see all of it) and updating it is one
 * assignment. Highlighting never touches the text: the CSS Custom Highlight API paints
 * ranges over it, computed with CodeMirror's YAML parser for the lines in view only.
 */
import { yamlLanguage } from '@codemirror/lang-yaml';
import { highlightTree, tagHighlighter, tags } from '@lezer/highlight';

/** Token kinds → highlight names; style.css colours `::highlight(<name>)`. */
const highlighter = tagHighlighter([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'yaml-key' },
  { tag: [tags.string, tags.special(tags.string), tags.content], class: 'yaml-string' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom, tags.keyword], class: 'yaml-atom' },
  { tag: [tags.lineComment, tags.comment, tags.meta, tags.processingInstruction], class: 'yaml-meta' },
  { tag: [tags.separator, tags.punctuation, tags.squareBracket, tags.brace], class: 'yaml-punct' },
]);
const NAMES = ['yaml-key', 'yaml-string', 'yaml-atom', 'yaml-meta', 'yaml-punct'];

/** Lines painted beyond the visible ones, so a short scroll shows colour at once. */
const MARGIN_LINES = 80;

type Tree = ReturnType<typeof yamlLanguage.parser.parse>;

export interface OutputView {
  show(text: string): void;
  /** Scrolls so that the text at `offset` is at the top, and puts focus on the output. */
  jumpTo(offset: number): void;
}

export function createOutputView(pre: HTMLElement): OutputView {
  const node = document.createTextNode('');
  pre.replaceChildren(node);
  let tree: Tree | undefined;
  let treeFor = '';
  let painting = 0;
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;

  const lineHeight = (): number => parseFloat(getComputedStyle(pre).lineHeight) || 16;

  /** Paints the lines in view (the parse is done once per text, when first painted). */
  const paint = (): void => {
    painting = 0;
    if (!registry) return;
    const text = node.data;
    if (treeFor !== text || tree === undefined) {
      tree = yamlLanguage.parser.parse(text);
      treeFor = text;
    }
    const lh = lineHeight();
    const first = Math.max(0, Math.floor(pre.scrollTop / lh) - MARGIN_LINES);
    const last = Math.ceil((pre.scrollTop + pre.clientHeight) / lh) + MARGIN_LINES;
    const from = offsetOfLine(text, first);
    const to = offsetOfLine(text, last);
    const ranges = new Map<string, StaticRange[]>(NAMES.map((n) => [n, []]));
    highlightTree(
      tree,
      highlighter,
      (start, end, cls) => {
        for (const name of cls.split(' ')) {
          ranges
            .get(name)
            ?.push(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }));
        }
      },
      from,
      to,
    );
    for (const [name, rs] of ranges) registry.set(name, new Highlight(...rs));
  };
  const schedule = (): void => {
    if (painting === 0) painting = requestAnimationFrame(paint);
  };
  pre.addEventListener('scroll', schedule, { passive: true });

  return {
    show(text) {
      if (node.data === text) return;
      node.data = text;
      // Old ranges would paint the new text at the old offsets: clear them until the next paint.
      if (registry) for (const name of NAMES) registry.delete(name);
      schedule();
    },
    jumpTo(offset) {
      const r = document.createRange();
      r.setStart(node, Math.min(offset, node.length));
      r.collapse(true);
      const top = r.getBoundingClientRect().top - pre.getBoundingClientRect().top + pre.scrollTop;
      pre.scrollTop = top - parseFloat(getComputedStyle(pre).paddingTop || '0');
      pre.focus({ preventScroll: true });
      schedule();
    },
  };
}

/** Offset of the start of a 0-based line (the text's length past the last line). */
function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}
