/**
 * The rendered YAML, all of it in the page (find in page, screen readers and test tools
 * see every line), one block per document. A keystroke usually changes one document: only
 * that block's text is replaced and laid out again, and blocks out of view are not laid
 * out at all (`content-visibility: auto`, with their exact height from their line count).
 * Highlighting never touches the text: the CSS Custom Highlight API paints ranges over it,
 * computed with CodeMirror's YAML parser, one document at a time, for the documents in or
 * near view only (Chromium repaints every highlighted node when a highlight changes: with
 * the whole output highlighted, that cost ~25 ms per keystroke).
 */
import { yamlLanguage } from '@codemirror/lang-yaml';
import { highlightTree } from '@lezer/highlight';
import { TOKEN_CLASSES as NAMES, yamlTokens as highlighter } from './yaml-tokens.js';

export interface OutputView {
  /** Shows `text`, split into blocks at `starts` (offsets of the documents' `---`). */
  show(text: string, starts: readonly number[]): void;
  /** Scrolls so that the document starting at `offset` is at the top, and focuses the output. */
  jumpTo(offset: number): void;
}

interface Block {
  readonly el: HTMLElement;
  readonly node: Text;
  /** Offset of the block's text in the whole output. */
  start: number;
  /** The ranges painting this block, by highlight name, to take out when its text changes. */
  ranges: [Highlight, StaticRange][];
  /** In or near view (only such blocks are highlighted). */
  near: boolean;
}

/** The texts of the blocks: before the first document (if anything), then one per document. */
export function splitAt(text: string, starts: readonly number[]): string[] {
  const cuts = [0, ...starts.filter((s) => s > 0 && s < text.length), text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > cuts[i]) out.push(text.slice(cuts[i], cuts[i + 1]));
  return out.length > 0 ? out : [''];
}

export function createOutputView(pre: HTMLElement): OutputView {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  const highlights = new Map<string, Highlight>();
  if (registry) {
    for (const name of NAMES) {
      const h = new Highlight();
      highlights.set(name, h);
      registry.set(name, h);
    }
  }
  let blocks: Block[] = [];
  const byElement = new Map<Element, Block>();

  const unpaint = (b: Block): void => {
    for (const [h, r] of b.ranges) h.delete(r);
    b.ranges = [];
  };
  const paint = (b: Block): void => {
    if (!registry || !b.near || b.ranges.length > 0) return;
    const node = b.node;
    highlightTree(yamlLanguage.parser.parse(node.data), highlighter, (from, to, cls) => {
      for (const name of cls.split(' ')) {
        const h = highlights.get(name);
        if (!h) continue;
        const r = new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to });
        h.add(r);
        b.ranges.push([h, r]);
      }
    });
  };
  const near =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const b = byElement.get(e.target);
              if (!b) continue;
              b.near = e.isIntersecting;
              if (b.near) paint(b);
              else unpaint(b);
            }
          },
          { root: pre, rootMargin: '600px 0px' },
        );
  const lines = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return text.endsWith('\n') ? n : n + 1;
  };
  const sized = (b: Block): void => {
    // Out of view, a block keeps the exact height of its lines (white-space: pre, no wrapping).
    b.el.style.containIntrinsicSize = `auto ${lines(b.node.data) * 1.4}em`;
  };

  return {
    show(text, starts) {
      const t0 = performance.now();
      const parts = splitAt(text, starts);
      let start = 0;
      parts.forEach((part, i) => {
        let b = blocks[i];
        if (b === undefined) {
          const el = document.createElement('div');
          el.className = 'doc';
          const node = document.createTextNode('');
          el.append(node);
          pre.append(el);
          b = { el, node, start, ranges: [], near: near === undefined };
          blocks.push(b);
          byElement.set(el, b);
          near?.observe(el);
        }
        b.start = start;
        start += part.length;
        if (b.node.data === part) return;
        unpaint(b);
        b.node.data = part;
        sized(b);
        paint(b);
      });
      for (const b of blocks.slice(parts.length)) {
        unpaint(b);
        near?.unobserve(b.el);
        byElement.delete(b.el);
        b.el.remove();
      }
      blocks = blocks.slice(0, parts.length);
      performance.measure('playground:show', { start: t0 });
    },
    jumpTo(offset) {
      const b = blocks.find((x) => x.start === offset) ?? blocks.findLast((x) => x.start <= offset);
      if (!b) return;
      // The output is the blocks' offsetParent (position: relative in style.css).
      pre.scrollTop = b.el.offsetTop;
      pre.focus({ preventScroll: true });
    },
  };
}
