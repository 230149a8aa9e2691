#!/usr/bin/env node
// Differential fuzzing of the values engine against the real Helm (run by hand):
//
//   pnpm --filter @polyaxon-render/values build
//   [HELM=/path/to/helm] node scripts/fuzz-values.mjs [iterations=200] [seed=random]
//
// HELM defaults to .reference/bin/helm (scripts/reference/get-helm.sh, docs/reference.md).
//
// Each iteration makes random --set/--set-string/--set-json/--set-literal arguments
// and random YAML 1.1 values files, runs `helm template` on the values probe chart
// (fixtures/probe/values/chart, whose templates print every leaf of .Values with its
// Go type) and the engine (packages/values/dist) on the same input, and compares
// the printed values, the warnings (sorted) and the errors. A mismatch is printed
// and saved under $TMPDIR/fuzz-values-<seed>/<n>/ as a ready-made probe case;
// the exit code is 1 if any was found. Errors must be Helm's word for word (YAML syntax
// errors included: packages/values/src/libyaml ports libyaml's scanner and parser); the
// closing line counts the failing cases whose Error line is identical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { helmPath, requireReference } from './reference/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/values/dist');
if (!existsSync(join(dist, 'dependencies.js'))) {
  console.error('build the values package first: pnpm --filter @polyaxon-render/values build');
  process.exit(2);
}
const { computeValues } = await import(join(dist, 'dependencies.js'));
const { RenderError } = await import(join(dist, 'errors.js'));
const { formatV, goQuote } = await import(join(dist, 'go-fmt.js'));
const { isMap, sortedKeys } = await import(join(dist, 'go-value.js'));
const { loadValuesYaml } = await import(join(dist, 'load-yaml.js'));
const { mergeUserValues } = await import(join(dist, 'user-values.js'));

requireReference('fuzz-values', { chart: false });
const helm = helmPath;
const iterations = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
const chartDir = join(root, 'fixtures/probe/values/chart');

// ---- a small seeded PRNG (mulberry32), so a failing run can be repeated ----
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));

// ---- generators ----
const KEYS = [
  'a',
  'b',
  'x',
  'str',
  'list',
  'nested',
  'replicas',
  'big',
  'global',
  'tags',
  'sub1',
  'sub2',
  'sub3',
  'emptyMap',
  'y',
  'on',
  '1',
  'enabled',
  'deep',
  'table',
  'scalar',
  'front',
  'back',
  'region',
  'shared',
];
const SET_VALUES = [
  '1',
  '0',
  '-1',
  '007',
  '1.5',
  '1e3',
  'true',
  'False',
  'null',
  '',
  'yes',
  'text',
  'a b',
  '{a,b}',
  '{1,true}',
  '{}',
  '9223372036854775808',
  '0x10',
  '\\,',
  'x\\=y',
  'ü',
];
const YAML_SCALARS = [
  '1',
  '0',
  '-1',
  '010',
  '0x1F',
  '0o17',
  '0b11',
  '1_000',
  '1.5',
  '.5',
  '1e3',
  '1e400',
  '-0.0',
  '.inf',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  '~',
  'null',
  '',
  '"quoted"',
  "'single'",
  'plain text',
  '2001-12-14',
  '12:30',
  '"yes"',
  '!!str 5',
  '!!int "7"',
  '!!float 3',
  '08',
  '9223372036854775808',
  '-',
  'a: b',
];
const JSON_VALUES = [
  '1',
  '1.5',
  '"s"',
  'true',
  'null',
  '',
  '[1,"a",null]',
  '{"a":1}',
  '{"a":{"b":null}}',
  '1e6',
  '-0',
  '01',
  '{bad',
  '"\\u00e9"',
];

function path() {
  return times(1 + Math.floor(rand() * 3), () => {
    let k = pick(KEYS);
    if (chance(0.15)) k += `[${pick(['0', '1', '2', '-1', 'x'])}]`;
    if (chance(0.05)) k = k.replace(/^./, (c) => `\\${c}`);
    return k;
  }).join('.');
}

const SOUP = [
  'a',
  'b',
  'x',
  '.',
  '.',
  '[',
  ']',
  '0',
  '1',
  '-',
  '=',
  '=',
  ',',
  '{',
  '}',
  '\\',
  ' ',
  'null',
  'sub1',
  'global',
  '"',
  ':',
];

function setArg(values) {
  // Now and then, character soup: the parser's error paths matter as much as its happy path.
  if (chance(0.25)) return times(1 + Math.floor(rand() * 12), () => pick(SOUP)).join('');
  return times(1 + Math.floor(rand() * 2), () => (chance(0.05) ? path() : `${path()}=${pick(values)}`)).join(',');
}

function yamlValue(depth, indent) {
  if (depth > 0 && chance(0.35)) {
    // A lone `-` in a flow map is plain text to libyaml but a block entry to the yaml package (known gap).
    if (chance(0.3))
      return ` {${times(1 + Math.floor(rand() * 2), () => `${pick(KEYS)}: ${pick(YAML_SCALARS.filter((s) => !s.includes(': ') && !s.startsWith('!') && s !== '-'))}`).join(', ')}}`;
    return `\n${yamlMap(depth - 1, indent + 2)}`;
  }
  if (depth > 0 && chance(0.15))
    return ` [${times(Math.floor(rand() * 3), () => pick(['1', 'a', 'yes', '~', '0x10', '"s"'])).join(', ')}]`;
  const s = pick(YAML_SCALARS);
  return s === '' ? '' : ` ${s}`;
}

function yamlMap(depth, indent) {
  return times(1 + Math.floor(rand() * 4), () => `${' '.repeat(indent)}${pick(KEYS)}:${yamlValue(depth, indent)}`).join(
    '\n',
  );
}

function randomCase() {
  const args = [];
  const files = {};
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const kind = pick(['-f', '--set', '--set', '--set-string', '--set-json', '--set-literal']);
    if (kind === '-f') {
      const name = `v${i}.yaml`;
      files[name] = `${yamlMap(2, 0)}\n`;
      args.push('-f', name);
    } else if (kind === '--set-json') args.push(kind, setArg(JSON_VALUES));
    else args.push(kind, setArg(SET_VALUES));
  }
  return { args, files };
}

// ---- the engine side, printed as the probe chart prints ----
function loadChart(dir) {
  const meta = parseYaml(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));
  const valuesPath = join(dir, 'values.yaml');
  return {
    name: meta.name,
    defaults: existsSync(valuesPath) ? loadValuesYaml(readFileSync(valuesPath), 'values.yaml') : Object.create(null),
    dependencies: meta.dependencies?.map((d) => ({
      name: d.alias ?? d.name,
      condition: d.condition,
      tags: d.tags,
      chart: loadChart(join(dir, 'charts', d.name)),
    })),
  };
}
const chart = loadChart(chartDir);

const typeOf = (v) =>
  v === null ? '<nil>' : { boolean: 'bool', number: 'float64', bigint: 'int64', string: 'string' }[typeof v];
function walk(p, v, out) {
  if (isMap(v)) {
    const keys = sortedKeys(v);
    if (keys.length === 0) out.push(`# ${p} = {} (map)`);
    for (const k of keys) walk(`${p}.${k}`, v[k], out);
  } else if (Array.isArray(v)) {
    if (v.length === 0) out.push(`# ${p} = [] (slice)`);
    v.forEach((x, i) => walk(`${p}[${i}]`, x, out));
  } else out.push(`# ${p} = ${typeof v === 'string' ? goQuote(v) : formatV(v)} (${typeOf(v)})`);
}
const doc = (name, values) => {
  const out = [`# values of ${name}`];
  walk('', values, out);
  return out.join('\n');
};

function engine(dir, args) {
  const warnings = [];
  const flags = { set: [], setString: [], setJSON: [], setLiteral: [] };
  const names = { '--set': 'set', '--set-string': 'setString', '--set-json': 'setJSON', '--set-literal': 'setLiteral' };
  const files = [];
  try {
    for (let i = 0; i < args.length; i += 2) {
      if (args[i] === '-f') files.push(loadValuesYaml(readFileSync(join(dir, args[i + 1])), args[i + 1]));
      else flags[names[args[i]]].push(args[i + 1]);
    }
    const { values, enabled } = computeValues(chart, mergeUserValues({ files, ...flags }), (w) => warnings.push(w));
    const docs = { 'probe/templates/values.yaml': doc('probe', values) };
    for (const d of chart.dependencies) {
      if (enabled.has(d.name))
        docs[`probe/charts/${d.name}/templates/values.yaml`] = doc(d.name, isMap(values[d.name]) ? values[d.name] : {});
    }
    return { docs, warnings: warnings.sort() };
  } catch (e) {
    if (e instanceof RenderError) return { error: e.message, warnings: warnings.sort() };
    return { error: `ENGINE BUG: ${e.stack}`, warnings };
  }
}

function helmRun(dir, args) {
  const r = spawnSync(helm, ['template', 'probe', chartDir, ...args], { cwd: dir, encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  const error = lines.find((l) => l.startsWith('Error: '))?.slice(7);
  const warnings = lines.filter((l) => !l.startsWith('Error: ')).sort();
  if (r.status !== 0) return { error: error ?? r.stderr, warnings };
  const docs = {};
  for (const part of r.stdout.split(/^---\n/m)) {
    const m = /^# Source: (.*)\n([\s\S]*)$/.exec(part);
    if (m) docs[m[1]] = m[2].trimEnd();
  }
  return { docs, warnings };
}

function same(h, e) {
  if (JSON.stringify(h.warnings) !== JSON.stringify(e.warnings)) return false;
  if (h.error !== undefined || e.error !== undefined) return h.error === e.error;
  return JSON.stringify(Object.entries(h.docs).sort()) === JSON.stringify(Object.entries(e.docs).sort());
}

// ---- the loop ----
const work = mkdtempSync(join(tmpdir(), 'fuzz-values-'));
const failDir = join(tmpdir(), `fuzz-values-${seed}`);
let failures = 0;
let errors = 0;
let errorsSame = 0;
console.log(`seed ${seed}, ${iterations} iterations`);
for (let n = 0; n < iterations; n++) {
  const c = randomCase();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [f, text] of Object.entries(c.files)) writeFileSync(join(work, f), text);
  const h = helmRun(work, c.args);
  const e = engine(work, c.args);
  if (h.error !== undefined) {
    errors++;
    if (h.error === e.error) errorsSame++;
  }
  if (same(h, e)) continue;
  failures++;
  const out = join(failDir, String(n));
  mkdirSync(out, { recursive: true });
  for (const [f, text] of Object.entries(c.files)) writeFileSync(join(out, f), text);
  writeFileSync(
    join(out, 'case.json'),
    JSON.stringify({ args: c.args, files: Object.keys(c.files), helm: h, engine: e }, null, 2),
  );
  console.log(`\n#${n} MISMATCH ${JSON.stringify(c.args)}`);
  for (const [f, text] of Object.entries(c.files)) console.log(`--- ${f}\n${text}`);
  console.log('helm:  ', JSON.stringify(h).slice(0, 600));
  console.log('engine:', JSON.stringify(e).slice(0, 600));
}
rmSync(work, { recursive: true, force: true });
console.log(`\n${iterations - failures} passed, ${failures} failed${failures ? ` (cases in ${failDir})` : ''}`);
console.log(`Error lines identical: ${errorsSame}/${errors} of the cases Helm refused`);
process.exit(failures ? 1 : 0);
