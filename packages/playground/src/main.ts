/**
 * The page: inputs on the left, the render on the right. Every change sends the inputs
 * to the render worker; only the newest answer is shown. Whatever is typed or carried by
 * a share link is only ever set as text (textContent, input values, editor text).
 */
import { cliLine } from './cli-line.js';
import { createValuesEditor } from './editor.js';
import { createOutputView } from './output-view.js';
import { defaultInputs, type EditorFinding, type Inputs, type RenderResponse, type WorkerMessage } from './protocol.js';
import { decodeInputs, encodeInputs } from './share.js';

const el = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
};

function start(): void {
  const release = el<HTMLInputElement>('release');
  const namespace = el<HTMLInputElement>('namespace');
  const kubeVersion = el<HTMLInputElement>('kube-version');
  const modernize = el<HTMLInputElement>('modernize');
  const seed = el<HTMLInputElement>('seed');
  const seedValue = el<HTMLInputElement>('seed-value');
  const showOnly = el<HTMLInputElement>('show-only');
  const templates = el<HTMLDataListElement>('templates');
  const outline = el<HTMLOListElement>('outline');
  const output = el<HTMLPreElement>('output');
  const errorBox = el<HTMLDivElement>('error');
  const errorLine = el<HTMLPreElement>('error-line');
  const errorHints = el<HTMLUListElement>('error-hints');
  const errorAdvice = el<HTMLUListElement>('error-advice');
  const notes = el<HTMLPreElement>('notes');
  const status = el<HTMLSpanElement>('status');
  const cli = el<HTMLParagraphElement>('cli-line');
  const download = el<HTMLButtonElement>('download');
  const copy = el<HTMLButtonElement>('copy');
  const share = el<HTMLButtonElement>('share');
  const shareStatus = el<HTMLSpanElement>('share-status');
  const tabManifests = el<HTMLButtonElement>('tab-manifests');
  const tabNotes = el<HTMLButtonElement>('tab-notes');
  const manifestsPanel = el<HTMLDivElement>('manifests-panel');
  const notesPanel = el<HTMLDivElement>('notes-panel');

  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  // A worker that cannot start (a host serving .js with the wrong type, a file:// page) says so.
  worker.onerror = (ev) => {
    status.textContent = `the render worker failed: ${ev.message || 'it could not be loaded'}`;
  };
  const view = createOutputView(output);
  let lastId = 0;
  let shown: RenderResponse | undefined;
  let notesOpen = false;
  let shownOutline = '';
  let shownTemplates = '';
  let offsets: number[] = [];

  const inputs = (): Inputs => {
    const n = Number(seedValue.value);
    return {
      values: editor.text(),
      release: release.value,
      namespace: namespace.value,
      kubeVersion: kubeVersion.value,
      modernize: modernize.checked,
      seed: seed.checked ? (Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : 0) : null,
      showOnly: showOnly.value,
    };
  };

  const request = (): void => {
    const i = inputs();
    cli.textContent = cliLine(i);
    worker.postMessage({ id: ++lastId, inputs: i, notes: notesOpen });
    performance.mark('playground:request');
    // For tools and tests: the newest request, and (below) the newest answer shown.
    document.body.dataset.requested = String(lastId);
  };

  const editor = createValuesEditor(el('values'), defaultInputs.values, request);

  const apply = (i: Inputs): void => {
    editor.setText(i.values);
    release.value = i.release;
    namespace.value = i.namespace;
    kubeVersion.value = i.kubeVersion;
    modernize.checked = i.modernize;
    seed.checked = i.seed !== null;
    seedValue.value = String(i.seed ?? defaultInputs.seed);
    seedValue.disabled = i.seed === null;
    showOnly.value = i.showOnly;
    request();
  };

  const showRender = (r: RenderResponse): void => {
    shown = r;
    if (r.text !== null) {
      view.show(
        r.text,
        r.outline.map((d) => d.offset),
      );
      output.hidden = false;
      errorBox.hidden = true;
      errorLine.textContent = '';
      errorHints.replaceChildren();
      errorAdvice.replaceChildren();
    } else {
      const f = r.failure!;
      output.hidden = true;
      errorBox.hidden = false;
      errorLine.textContent = f.line;
      const items = (lines: readonly string[]): HTMLLIElement[] =>
        lines.map((h) => {
          const li = document.createElement('li');
          li.textContent = h;
          return li;
        });
      errorHints.replaceChildren(...items(f.hints));
      errorAdvice.replaceChildren(...items(f.advice));
    }
    download.disabled = r.text === null;
    copy.disabled = r.text === null;
    // Rebuilt only when the documents change: a keystroke usually moves offsets, nothing else.
    offsets = r.outline.map((d) => d.offset);
    const outlineKey = r.outline.map((d) => `${d.source}\n${d.kind}\n${d.name}`).join('\n\n');
    if (outlineKey !== shownOutline) {
      shownOutline = outlineKey;
      outline.replaceChildren(
        ...r.outline.map((d, i) => {
          const li = document.createElement('li');
          const b = document.createElement('button');
          b.type = 'button';
          const kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = d.kind;
          const name = document.createElement('span');
          name.className = 'name';
          name.textContent = d.name;
          b.append(kind, name);
          b.title = `${d.kind} ${d.name}\n${d.source}`;
          b.addEventListener('click', () => {
            outline.querySelector('[aria-current]')?.removeAttribute('aria-current');
            b.setAttribute('aria-current', 'true');
            view.jumpTo(offsets[i]);
          });
          li.append(b);
          return li;
        }),
      );
    }
    const templatesKey = r.templates.join('\n');
    if (templatesKey !== shownTemplates) {
      shownTemplates = templatesKey;
      templates.replaceChildren(
        ...r.templates.map((t) => {
          const o = document.createElement('option');
          o.value = t;
          return o;
        }),
      );
    }
    if (r.notes !== null) notes.textContent = r.notes;
    status.textContent =
      r.text !== null ? `${r.outline.length} documents · rendered in ${Math.round(r.renderMs)} ms` : 'failed';
  };

  // The checks' findings arrive after the render; until then the last ones stay marked.
  let findings: readonly EditorFinding[] = [];
  const remark = (): void => {
    const f = shown?.failure;
    editor.mark(findings, f?.valuesLine !== undefined ? { line: f.valuesLine, message: f.line } : undefined);
  };
  worker.onmessage = (ev: MessageEvent<WorkerMessage>) => {
    const m = ev.data;
    performance.mark(`playground:${m.type}`);
    if (m.id !== lastId) return;
    if (m.type === 'render') {
      showRender(m);
      document.body.dataset.rendered = String(m.id);
      performance.mark('playground:worker-render', { detail: m.renderMs });
    } else {
      findings = m.findings;
    }
    remark();
  };

  for (const input of [release, namespace, kubeVersion, showOnly, seedValue]) input.addEventListener('input', request);
  for (const box of [modernize, seed]) box.addEventListener('change', request);
  seed.addEventListener('change', () => (seedValue.disabled = !seed.checked));

  download.addEventListener('click', () => {
    if (shown?.text == null) return;
    const url = URL.createObjectURL(new Blob([shown.text], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'manifests.yaml';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  copy.addEventListener('click', () => {
    if (shown?.text == null) return;
    navigator.clipboard.writeText(shown.text).then(
      () => (status.textContent = 'copied'),
      () => (status.textContent = 'copy refused by the browser: use Download'),
    );
  });

  share.addEventListener('click', async () => {
    const hash = `#${await encodeInputs(inputs())}`;
    history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(location.href);
      shareStatus.textContent = 'link copied';
    } catch {
      shareStatus.textContent = 'link in the address bar';
    }
  });
  window.addEventListener('hashchange', async () => {
    const i = await decodeInputs(location.hash);
    if (i) apply(i);
  });

  const selectTab = (toNotes: boolean): void => {
    notesOpen = toNotes;
    tabNotes.setAttribute('aria-selected', String(toNotes));
    tabManifests.setAttribute('aria-selected', String(!toNotes));
    notesPanel.hidden = !toNotes;
    manifestsPanel.hidden = toNotes;
    if (toNotes) request();
  };
  tabManifests.addEventListener('click', () => selectTab(false));
  tabNotes.addEventListener('click', () => selectTab(true));

  void decodeInputs(location.hash).then((i) => apply(i ?? defaultInputs));
}

start();
