/**
 * The values editor: CodeMirror 6 with YAML highlighting, the values checks and the
 * render's error shown at their lines. Tab is left to the browser (moving focus), so
 * the page can be used from the keyboard alone.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { EditorFinding } from './protocol.js';
import { yamlTokens } from './yaml-tokens.js';

export interface ValuesEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Replaces the marks: the checks' findings (warnings) and the render's error line, if any. */
  mark(findings: readonly EditorFinding[], error?: { readonly line: number; readonly message: string }): void;
}

export function createValuesEditor(parent: HTMLElement, text: string, onChange: () => void): ValuesEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        yaml(),
        syntaxHighlighting(yamlTokens),
        lintGutter(),
        EditorView.contentAttributes.of({ 'aria-label': 'Values (YAML, read as a values file)' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange();
        }),
      ],
    }),
  });
  // Clicking anywhere in the editor's box (its padding, below the last line) puts the caret in the text.
  parent.addEventListener('mousedown', (ev) => {
    if (!view.contentDOM.contains(ev.target as Node)) {
      ev.preventDefault();
      view.focus();
    }
  });

  const lineRange = (line: number): { from: number; to: number } | undefined => {
    const doc = view.state.doc;
    if (line < 1 || line > doc.lines) return undefined;
    const l = doc.line(line);
    return { from: l.from, to: l.to };
  };

  // The marks usually stay as they are from one keystroke to the next: dispatching them anyway
  // would make CodeMirror update and measure for nothing.
  let marked = '[]';

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    mark(findings, error) {
      const diagnostics: Diagnostic[] = [];
      for (const f of findings) {
        const r = lineRange(f.line ?? 1);
        if (r) diagnostics.push({ ...r, severity: 'warning', message: f.message, source: 'values check' });
      }
      if (error) {
        const r = lineRange(error.line);
        if (r) diagnostics.push({ ...r, severity: 'error', message: error.message, source: 'helm' });
      }
      const key = JSON.stringify(diagnostics);
      if (key === marked) return;
      marked = key;
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}
