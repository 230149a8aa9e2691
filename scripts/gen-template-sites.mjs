#!/usr/bin/env node
// Writes packages/templates/src/template-sites.generated.ts: for every template file and
// every `define` of the reference chart (the parent and its subcharts), the template actions
// that can fail at execution, in text order, with Go's FILE:LINE:COL position and the node
// text Go prints in `at <…>` (see packages/templates/src/runtime/template-sites.ts).
//
//   node scripts/gen-template-sites.mjs   (env REF_CHART, else .reference/polyaxon: see docs/reference.md)
//
// The templates are parsed with the runtime's own text/template parser (runtime/tpl/parser.ts,
// bundled on the fly with esbuild), so positions are counted exactly as Go's parser counts
// them: the column is the byte offset in the line, a field chain sits at its second field.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { refChartPath, requireReference } from './reference/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
requireReference('gen-template-sites', { helm: false });
const refChart = refChartPath;
const tplDir = join(root, 'packages/templates/src/runtime/tpl');
const bundle = await build({
  stdin: {
    contents: `export { Parser } from './parser.ts'; export { nodeString } from './nodes.ts';`,
    resolveDir: tplDir,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  nodePaths: [join(root, 'packages/templates/node_modules'), join(root, 'node_modules')],
  logLevel: 'error',
});
const { Parser, nodeString } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const utf8 = new TextEncoder();

/** Go's ErrorContext: 1-based line, byte offset in the line. */
function lineCol(text, pos) {
  const before = text.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  return [1 + (before.match(/\n/g)?.length ?? 0), utf8.encode(before.slice(nl + 1)).length];
}

/** Fields of these never fail: Helm's structs, and `.Values` is always a map. */
const SAFE_ROOTS = new Set(['Release', 'Chart', 'Capabilities', 'Template', 'Files']);
function fieldCanFail(idents) {
  if (SAFE_ROOTS.has(idents[0])) return false;
  return !(idents[0] === 'Values' && idents.length <= 2);
}

/** Functions that never fail on what the charts give them (any type is fine, or the ints are literals). */
const NEVER_FAIL = new Set(
  'and or not default empty print printf println quote squote toYaml toJson toString int sha256sum randAlphaNum dict list'.split(
    ' ',
  ),
);
/** Functions whose result is a string: piped into a string parameter, it cannot fail. */
const STRING_RESULT = new Set(
  'include tpl toYaml toJson print printf quote squote trunc replace trimSuffix indent nindent b64enc upper lower nospace sha256sum toString randAlphaNum'.split(
    ' ',
  ),
);
const LITERALS = new Set(['string', 'number', 'bool', 'nil']);

function sitesOf(text, list, chartPath) {
  const out = [];
  const at = (n) => lineCol(text, n.pos);
  const argSite = (a) => [...at(a), argString(a), a.kind === 'field' ? 1 : 0];
  const argString = (a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a));
  /** The node exec.go's state.at last pointed to when a pipeline finished: where range reports. */
  function lastAt(pipe) {
    const cmd = pipe.cmds[pipe.cmds.length - 1];
    const first = cmd.args[0];
    const last = first.kind === 'identifier' && cmd.args.length > 1 ? cmd.args[cmd.args.length - 1] : first;
    return last.kind === 'pipe' ? lastAt(last) : last;
  }
  function includeTarget(arg) {
    if (arg.kind === 'string') return arg.text;
    // include (print $.Template.BasePath "/x.yaml") .
    if (arg.kind === 'pipe' && arg.cmds.length === 1) {
      const [fn, base, suffix] = arg.cmds[0].args;
      if (fn?.name === 'print' && base && nodeString(base).endsWith('.Template.BasePath') && suffix?.kind === 'string')
        return `${chartPath}/templates${suffix.text}`;
    }
    return undefined;
  }
  function walkArg(a) {
    switch (a.kind) {
      case 'field':
        if (fieldCanFail(a.ident)) out.push(['f', ...at(a), nodeString(a)]);
        break;
      case 'variable':
        if (a.ident.length > 1 && !(a.ident[0] === '$' && !fieldCanFail(a.ident.slice(1))))
          out.push(['f', ...at(a), nodeString(a)]);
        break;
      case 'chain':
        walkArg(a.node);
        out.push(['f', ...at(a), nodeString(a)]);
        break;
      case 'pipe':
        walkPipe(a);
        break;
    }
  }
  function walkCmd(cmd, prev) {
    const [first, ...args] = cmd.args;
    if (first.kind === 'identifier') {
      const fn = first.name;
      // A string piped in: a string function's result, or a field of Helm's structs (`.Chart.Version`).
      const stringIn =
        (prev?.args[0].kind === 'identifier' && STRING_RESULT.has(prev.args[0].name)) ||
        (prev?.args.length === 1 && prev.args[0].kind === 'field' && SAFE_ROOTS.has(prev.args[0].ident[0]));
      if (fn === 'include') {
        const target = args.length > 0 ? includeTarget(args[0]) : undefined;
        if (target !== undefined) out.push(['i', ...at(cmd), nodeString(cmd), target, 'include']);
      } else if (!NEVER_FAIL.has(fn) && !(stringIn && args.every((a) => LITERALS.has(a.kind)))) {
        // What is piped in, when it is a lone field or variable: the locator can read its value.
        const feed =
          prev?.args.length === 1 && ['field', 'variable'].includes(prev.args[0].kind) ? nodeString(prev) : '';
        out.push(['c', ...at(cmd), nodeString(cmd), fn, prev ? 1 : 0, args.map(argSite), feed]);
      }
    } else walkArg(first);
    for (const a of args) walkArg(a);
  }
  function walkPipe(pipe) {
    pipe.cmds.forEach((c, i) => walkCmd(c, pipe.cmds[i - 1]));
  }
  function walkList(l) {
    for (const n of l.nodes) walkNode(n);
  }
  function walkNode(n) {
    switch (n.kind) {
      case 'action':
        walkPipe(n.pipe);
        break;
      case 'if':
      case 'with':
      case 'range':
        walkPipe(n.pipe);
        if (n.kind === 'range') out.push(['r', ...at(lastAt(n.pipe)), argString(lastAt(n.pipe))]);
        walkList(n.list);
        if (n.elseList) walkList(n.elseList);
        break;
      case 'template':
        // No row: an error of the template it runs is reported as that template's own.
        if (n.pipe) walkPipe(n.pipe);
        break;
    }
  }
  walkList(list);
  return out;
}

/** Every template file of a chart folder, and its subcharts', with Helm's name for it. */
function* templateFiles(chartDir, chartPath) {
  const tdir = join(chartDir, 'templates');
  const walk = function* (d) {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (f.isDirectory()) yield* walk(join(d, f.name));
      else yield join(d, f.name);
    }
  };
  if (existsSync(tdir))
    for (const f of walk(tdir)) yield [f, `${chartPath}/${relative(chartDir, f).split('\\').join('/')}`];
  const charts = join(chartDir, 'charts');
  if (existsSync(charts))
    for (const sub of readdirSync(charts).sort()) yield* templateFiles(join(charts, sub), `${chartPath}/charts/${sub}`);
}

const table = {};
let count = 0;
for (const [path, name] of templateFiles(refChart, 'polyaxon')) {
  const text = readFileSync(path, 'utf8');
  const parser = new Parser(text);
  const body = parser.parse();
  const chartPath = name.slice(0, name.indexOf('/templates/'));
  const add = (id, sites) => {
    if (sites.length === 0) return;
    table[id] = JSON.stringify(sites);
    count += sites.length;
  };
  add(name, sitesOf(text, body, chartPath));
  for (const [def, list] of parser.defines) add(`${name}#${def}`, sitesOf(text, list, chartPath));
}

const lines = [
  '// Generated by scripts/gen-template-sites.mjs from the chart templates: do not edit.',
  '// Per template file (and `file#define`), the actions that can fail, in text order, as JSON rows',
  '// (runtime/template-sites.ts reads them): positions and node texts as Go prints them.',
  'export const templateSites: Readonly<Record<string, string>> = {',
  ...Object.entries(table).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
  '};',
  '',
];
const outFile = join(root, 'packages/templates/src/template-sites.generated.ts');
writeFileSync(outFile, lines.join('\n'));
console.log(`gen-template-sites: ${count} sites in ${Object.keys(table).length} scopes -> ${relative(root, outFile)}`);
