#!/usr/bin/env node
// Differential run of hostile input through the real CLI and the real Helm (run by hand):
//
//   pnpm build
//   HELM=/path/to/helm REF_CHART=/path/to/polyaxon node scripts/fuzz-hostile.mjs [random=150] [seed=random] [--only SUBSTR]
//
// Hostile input: `__proto__`/`constructor`/`prototype` keys in every flag and in values files
// (anchors and merge keys included), alias bombs, deep nesting, huge list indexes, invalid
// UTF-8, odd Unicode, long keys and values. A fixed corpus runs first, then `random` generated
// cases. Each case runs `polyaxon-render` (packages/core/bin, so the built dist/) and
// `helm template RELEASE REF_CHART` with the same arguments in the same scratch folder, with
// every random secret pinned by a values file given first. Compared: accept/reject (exit 0 or
// not), stdout byte for byte, and the `Error:` line. Warnings on stderr are compared too.
//
// Cases marked `limit` go past polyaxon-render's documented nesting limits (MAX_VALUES_DEPTH for
// values, tpl's recursion depth) while staying inside Helm's: there a clean refusal with the
// limit's message is the expected result and is counted apart, never as an agreement. Any other difference is a disagreement;
// each is printed and saved under $TMPDIR/fuzz-hostile-<seed>/<n>/ (args, files, both sides).
// Exit code 1 if any disagreement was found.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helmPath, refChartPath, requireReference } from './reference/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/core/bin/polyaxon-render.js');
const helm = helmPath;
const chart = refChartPath;
if (!existsSync(join(root, 'packages/core/dist/cli.cjs'))) {
  console.error('build first: pnpm build');
  process.exit(2);
}
requireReference('fuzz-hostile');
const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv.splice(onlyAt, 2)[1] : undefined;
const randomCount = Number(argv[0] ?? 150);
const seed = Number(argv[1] ?? Math.floor(Math.random() * 2 ** 31));

/** polyaxon-render's nesting limit (packages/values/src/limits.ts) and Helm's (yaml.v2, encoding/json). */
const { MAX_VALUES_DEPTH: OUR_DEPTH, GO_MAX_DEPTH: HELM_DEPTH } = await import(
  join(root, 'packages/values/dist/limits.js')
);

// ---- a seeded PRNG (mulberry32), so a run can be repeated ----
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

// Every secret the chart would draw at random, pinned (as fixtures/cases/defaults-pinned).
const PINNED = `polyaxonSecret: s
internalToken: t
user:
  password: p
postgresql:
  postgresPassword: pg
redis:
  password: r
rabbitmq-ha:
  rabbitmqPassword: rp
  managementPassword: mp
  rabbitmqErlangCookie: c
docker-registry:
  secrets:
    haSharedSecret: h
`;

// ---- the fixed corpus ----
const PROTO = ['__proto__', 'constructor', 'prototype'];
const JS_NAMES = [
  ...PROTO,
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'length',
  '0',
];
/** Values the chart prints with toYaml (nodeSelector, tolerations, ingress annotations) or reads as tables. */
const PRINTED = [
  'nodeSelector',
  'ingress.annotations',
  'api.resources.requests',
  'redis.master.podLabels',
  'rabbitmq-ha.extraLabels',
];

const deepFlow = (n, leaf = '1') => '['.repeat(n) + leaf + ']'.repeat(n);
const deepFlowMap = (n) => '{a: '.repeat(n) + '1' + '}'.repeat(n);
const deepBlockSeq = (n) => '- '.repeat(n) + '1';
const deepBlockMap = (n, indent) => times(n, (i) => `${' '.repeat(indent + i)}k:`).join('\n') + ' 1';
const deepJson = (n) => '['.repeat(n) + '1' + ']'.repeat(n);

function billionLaughs(levels, width) {
  const lines = [`l0: &l0 [${times(width, () => '"lol"').join(',')}]`];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${times(width, () => `*l${i - 1}`).join(',')}]`);
  return lines.join('\n') + '\n';
}
function mergeBomb(levels) {
  const lines = ['m0: &m0 {k: v}'];
  for (let i = 1; i < levels; i++)
    lines.push(`m${i}: &m${i}\n  <<: [${times(4, () => `*m${i - 1}`).join(', ')}]\n  k${i}: v`);
  return lines.join('\n') + '\n';
}

function corpus() {
  const cases = [];
  const add = (name, args, files = {}, extra = {}) => cases.push({ name, args, files, ...extra });

  // __proto__ & co. through every --set flavour, at the root and under printed tables.
  for (const k of JS_NAMES) {
    add(`set root ${k}`, ['--set', `${k}.x=1`]);
    add(`set root scalar ${k}`, ['--set', `${k}=1`]);
    for (const p of PRINTED) {
      add(`set ${p}.${k}`, ['--set', `ingress.enabled=true,${p}.${k}=v`]);
      add(`set ${p}.${k}.deeper`, ['--set', `ingress.enabled=true,${p}.${k}.polluted=yes`]);
    }
  }
  for (const k of PROTO) {
    add(`set-string ${k}`, ['--set-string', `nodeSelector.${k}=1`]);
    add(`set-literal ${k}`, ['--set-literal', `nodeSelector.${k}={x,y}`]);
    add(`set-json ${k} map`, ['--set-json', `nodeSelector={"${k}":{"a":1},"b":2}`]);
    add(`set-json ${k} key`, ['--set-json', `nodeSelector.${k}=[1,"2",{"${k}":null}]`]);
    add(`set-json root ${k}`, ['--set-json', `${k}={"nodeSelector":{"a":1}}`]);
    add(`set-file ${k}`, ['--set-file', `nodeSelector.${k}=f.txt`], { 'f.txt': 'from a file\n' });
    add(`set list ${k}`, ['--set', `tolerations[0].${k}=1,tolerations[1].key=${k}`]);
    add(`set list under ${k}`, ['--set', `nodeSelector.${k}[2]=a`]);
    add(`set null ${k}`, ['--set', `nodeSelector.${k}=1`, '--set', `nodeSelector.${k}=null`]);
    add(`set escaped ${k}`, ['--set', `nodeSelector.a\\.${k}=1`]);
    add(`set subchart ${k}`, ['--set', `redis.${k}.x=1,redis.master.podLabels.${k}=l`]);
    add(`set global ${k}`, ['--set', `global.${k}.x=1,global.${k}2=2`]);
    add(`set tags ${k}`, ['--set', `tags.${k}=false`]);
    add(`set table over ${k}`, ['--set', `nodeSelector.${k}.a=1`, '--set-json', `nodeSelector={"${k}":"scalar"}`]);
  }
  add('set constructor.prototype', ['--set', 'constructor.prototype.x=1']);
  add('set nodeSelector.constructor.prototype', ['--set', 'nodeSelector.constructor.prototype.polluted=1']);
  add('set __proto__ then read', ['--set', '__proto__.polyaxonSecret=leak,__proto__.nodeSelector.x=1']);
  add('set release name constructor', ['constructor', '--set', 'nodeSelector.a=1']);
  add('set release name prototype', ['prototype']);
  add('set release name __proto__', ['__proto__']);
  add('namespace __proto__', ['--namespace', '__proto__']);
  add('show-only __proto__', ['--show-only', '__proto__']);

  // Values files with the same keys at every depth, in anchors, aliases and merge keys.
  for (const k of PROTO) {
    add(`file root ${k}`, ['-f', 'v.yaml'], { 'v.yaml': `${k}:\n  nodeSelector:\n    a: 1\n  polyaxonSecret: leak\n` });
    add(`file nested ${k}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n  ${k}:\n    a: 1\n  x:\n    ${k}: 2\n` });
    add(`file anchor ${k}`, ['-f', 'v.yaml'], {
      'v.yaml': `base: &b\n  ${k}: from-anchor\n  ok: 1\nnodeSelector:\n  <<: *b\n  own: 2\ntolerations:\n- *b\n- {<<: *b, ${k}: 3}\n`,
    });
    add(`file merge list ${k}`, ['-f', 'v.yaml'], {
      'v.yaml': `a: &a {${k}: {x: 1}}\nb: &b {${k}: 2}\nnodeSelector:\n  <<: [*a, *b]\n`,
    });
    add(`file quoted ${k}`, ['-f', 'v.yaml'], {
      'v.yaml': `nodeSelector:\n  "${k}": 1\n  '${k}2': 2\n  ? ${k}3\n  : 3\n`,
    });
    add(`file flow ${k}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector: {${k}: {${k}: [${k}]}}\n` });
    add(`file anchored key ${k}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n  &k ${k}: 1\n  *k : 2\n` });
    add(`file then set ${k}`, ['-f', 'v.yaml', '--set', `nodeSelector.${k}.b=2`], {
      'v.yaml': `nodeSelector:\n  ${k}:\n    a: 1\n`,
    });
    add(`file null ${k}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n  ${k}: null\n${k}: ~\n` });
    add(`file subchart ${k}`, ['-f', 'v.yaml'], {
      'v.yaml': `redis:\n  ${k}: {a: 1}\n  master:\n    podLabels:\n      ${k}: x\nglobal:\n  ${k}: g\n`,
    });
  }
  add('file all JS names', ['-f', 'v.yaml'], {
    'v.yaml': `nodeSelector:\n${JS_NAMES.map((k, i) => `  ${k}: ${i}`).join('\n')}\n`,
  });
  add('file two files proto', ['-f', 'a.yaml', '-f', 'b.yaml'], {
    'a.yaml': '__proto__:\n  a: 1\nnodeSelector:\n  __proto__: {x: 1}\n',
    'b.yaml': '__proto__:\n  b: 2\nnodeSelector:\n  __proto__: {y: 2}\n',
  });

  // redis renders master.affinity through tpl: hostile names inside a user's template.
  const TPL = [
    '{{ .Values.__proto__ }}',
    '{{ .Values.constructor }}',
    '{{ index .Values "__proto__" }}',
    '{{ constructor }}',
    '{{ toString }}',
    '{{ __proto__ }}',
    '{{ .Release.constructor }}',
    '{{ .Chart.__proto__ }}',
    '{{ $.constructor.name }}',
    '{{ .Values.nodeSelector.hasOwnProperty }}',
    '{{ index .Values "toString" }}',
    '{{ .Capabilities.constructor }}',
    '{{ .Template.constructor }}',
    '{{ .Values.constructor.prototype }}',
    '{{ range $k, $v := .Values.nodeSelector }}{{ $k }}={{ $v }} {{ end }}',
    '{{ index .Values.nodeSelector "__proto__" }}',
    '{{ .Values.__proto__.x }}',
    '{{ (index .Values "__proto__").x }}',
    '{{ include "constructor" . }}',
    '{{ template "__proto__" . }}',
    '{{ define "__proto__" }}x{{ end }}{{ include "__proto__" . }}',
    '{{ $x := .Values.nodeSelector }}{{ $x.__proto__ }}',
    '{{ .Values.nodeSelector.toString | quote }}',
  ];
  add('tpl deep parentheses 1000', ['--set-file', 'redis.master.affinity=tpl.txt'], {
    'tpl.txt': `a: {{ ${'('.repeat(1000)}1${')'.repeat(1000)} }}\n`,
  });
  add(
    'tpl deep parentheses 5000',
    ['--set-file', 'redis.master.affinity=tpl.txt'],
    { 'tpl.txt': `a: {{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}\n` },
    { limit: true },
  );
  for (const t of TPL) {
    add(
      `tpl ${t}`,
      [
        '--set-file',
        'redis.master.affinity=tpl.txt',
        '--set',
        '__proto__=p,constructor.prototype=c,nodeSelector.__proto__=n,nodeSelector.toString=s',
      ],
      { 'tpl.txt': `a: ${t}\n` },
    );
  }

  // Aliases: bombs refused fast ("excessive aliasing"), cycles, unknown anchors.
  add('alias billion laughs', ['-f', 'v.yaml'], { 'v.yaml': billionLaughs(10, 9) });
  add('alias small laughs', ['-f', 'v.yaml'], { 'v.yaml': billionLaughs(3, 9) + 'nodeSelector: {x: *l1}\n' });
  add('alias merge bomb', ['-f', 'v.yaml'], { 'v.yaml': mergeBomb(30) });
  add('alias self', ['-f', 'v.yaml'], { 'v.yaml': 'a: &a [*a]\n' });
  add('alias self map', ['-f', 'v.yaml'], { 'v.yaml': 'a: &a {b: *a}\n' });
  add('alias merge self', ['-f', 'v.yaml'], { 'v.yaml': 'a: &a\n  <<: *a\n' });
  add('alias unknown', ['-f', 'v.yaml'], { 'v.yaml': 'a: *nope\n' });
  add('alias wide not a bomb', ['-f', 'v.yaml'], {
    'v.yaml': `x: &x [${times(50, (i) => i).join(',')}]\nnodeSelector:\n${times(40, (i) => `  k${i}: *x`).join('\n')}\n`,
  });

  // Deep nesting: inside our limit (must match Helm byte for byte), past Helm's (both refuse),
  // and in between (our clean refusal, counted apart).
  for (const n of [50, OUR_DEPTH - 10]) {
    add(`deep file flow seq ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n  x: ${deepFlow(n)}\n` });
    add(`deep file flow map ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector: ${deepFlowMap(n)}\n` });
    add(`deep file block seq ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n  x:\n  ${deepBlockSeq(n)}\n` });
    add(`deep file block map ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `nodeSelector:\n${deepBlockMap(n, 2)}\n` });
    add(`deep file unused ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `unused: ${deepFlow(n)}\n` });
    add(`deep set-json ${n}`, ['--set-json', `nodeSelector.x=${deepJson(n)}`]);
    add(`deep set list ${n}`, ['--set', `nodeSelector.x${'[0]'.repeat(n)}=1`]);
  }
  add('deep set names 30', ['--set', `nodeSelector.${times(29, (i) => `k${i}`).join('.')}=1`]);
  add('deep set names 31', ['--set', `nodeSelector.${times(30, (i) => `k${i}`).join('.')}=1`]);
  add('deep set names 31 in list', ['--set', `tolerations[0].${times(31, (i) => `k${i}`).join('.')}=1`]);
  for (const n of [HELM_DEPTH + 1, 3 * HELM_DEPTH]) {
    add(`deep file flow seq ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `x: ${deepFlow(n)}\n` });
    add(`deep file flow seq ${n} line 3`, ['-f', 'v.yaml'], { 'v.yaml': `a: 1\nb: 2\nx: ${deepFlow(n)}\n` });
    add(`deep file block seq ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `x:\n${deepBlockSeq(n)}\n` });
    add(`deep set-json ${n}`, ['--set-json', `x=${deepJson(n)}`]);
  }
  add('deep later document', ['-f', 'v.yaml'], {
    'v.yaml': `nodeSelector:\n  a: b\n---\nx: ${deepFlow(3 * HELM_DEPTH)}\n`,
  });
  add(`deep file json depth ${HELM_DEPTH}`, ['-f', 'v.yaml'], { 'v.yaml': `x: ${deepFlow(HELM_DEPTH)}\n` });
  add(`deep file json depth ${HELM_DEPTH} maps`, ['-f', 'v.yaml'], { 'v.yaml': `x: ${deepFlowMap(HELM_DEPTH)}\n` });
  for (const n of [OUR_DEPTH + 10, 2000, HELM_DEPTH - 2]) {
    add(`deep file flow seq ${n}`, ['-f', 'v.yaml'], { 'v.yaml': `unused: ${deepFlow(n)}\n` }, { limit: true });
    add(`deep set-json ${n}`, ['--set-json', `unused=${deepJson(n)}`], {}, { limit: true });
    add(`deep set list ${n}`, ['--set', `unused${'[0]'.repeat(n)}=1`], {}, { limit: true });
  }

  // Huge list indexes: Helm's MaxIndex is 65536.
  for (const i of [
    '65536',
    '65537',
    '-1',
    '2147483648',
    '9223372036854775807',
    '9223372036854775808',
    '99999999999999999999',
    '00001',
    '+1',
    ' 1',
    '0x10',
    '',
  ]) {
    add(`index [${i}]`, ['--set', `unused[${i}]=x`]);
  }
  add('index 65536 printed', ['--set', 'tolerations[65536]=x']);
  add('index nested 65536', ['--set', 'unused[65536][65536]=x']);
  add('index json 65536', ['--set-json', 'unused[65536]={"a":1}']);
  add('index 65537 literal', ['--set-literal', 'unused[65537]=x']);

  // Bytes and Unicode.
  const bad = {
    'lone continuation': Buffer.from([0x61, 0x3a, 0x20, 0x80, 0x0a]),
    'invalid leader f8': Buffer.from('a: \xf8\n', 'latin1'),
    'truncated at end': Buffer.from('a: b\n\xc3', 'latin1'),
    'bad trailing': Buffer.from('a: \xc3\x28\n', 'latin1'),
    overlong: Buffer.from('a: \xc0\x80\n', 'latin1'),
    surrogate: Buffer.from('a: \xed\xa0\x80\n', 'latin1'),
    'above U+10FFFF': Buffer.from('a: \xf5\x80\x80\x80\n', 'latin1'),
    'latin1 text': Buffer.from('nodeSelector:\n  a: caf\xe9\n', 'latin1'),
    'bad in comment': Buffer.from('a: 1 # \xff\n', 'latin1'),
    'bad after 600 bytes': Buffer.concat([Buffer.from(`a: ${'x'.repeat(600)}\n`), Buffer.from([0xff, 0x0a])]),
    'utf16le bom': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nodeSelector:\n  a: é\n', 'utf16le')]),
    'utf16be bom': Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('nodeSelector:\n  a: é\n', 'utf16le').swap16(),
    ]),
    'utf8 bom': Buffer.from('\ufeffnodeSelector:\n  a: 1\n'),
    'nul byte': Buffer.from('a: b\0c\n'),
    'control char': Buffer.from('a: b\x01c\n'),
    'del char': Buffer.from('a: b\x7fc\n'),
    'U+FFFE': Buffer.from('a: b\ufffec\n'),
    'U+FFFF': Buffer.from('a: b\uffffc\n'),
  };
  for (const [name, bytes] of Object.entries(bad)) add(`bytes ${name}`, ['-f', 'v.yaml'], { 'v.yaml': bytes });
  add('bytes set-file invalid unused', ['--set-file', 'unused=f.bin'], { 'f.bin': Buffer.from([0x61, 0xff, 0x62]) });
  add('bytes set-file invalid toYaml', ['--set-file', 'nodeSelector.x=f.bin'], {
    'f.bin': Buffer.from([0x61, 0xff, 0x62]),
  });
  add('bytes stdin invalid', ['-f', '-'], {}, { stdin: Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]) });

  const ODD = [
    'é',
    'e\u0301',
    '👩‍👩‍👧',
    '\u202eevil',
    '\u200b',
    '\u2028',
    '\u2029',
    '\u0085',
    '\u00a0',
    '\ufeff',
    '\uff21',
    '𝔘𝔫𝔦',
    '\ue000',
    '\u{10ffff}',
    'ǅ',
    'ß',
    'ﬁ',
    'İ',
    'K',
  ];
  for (const s of ODD) {
    const esc = JSON.stringify(s).slice(1, -1);
    add(`unicode set key ${esc}`, ['--set', `nodeSelector.${s}=v`]);
    add(`unicode set value ${esc}`, ['--set', `nodeSelector.k=a${s}b`]);
    add(`unicode file ${esc}`, ['-f', 'v.yaml'], {
      'v.yaml': `nodeSelector:\n  "k${esc}": "v${esc}"\n  plain${s}x: x${s}\n`,
    });
  }
  add('unicode sorting', [
    '--set',
    `nodeSelector.b=1,nodeSelector.B=2,nodeSelector.é=3,nodeSelector.𝔘=4,nodeSelector.\uffff=5,nodeSelector.10=6,nodeSelector.9=7`,
  ]);

  // Sizes: long keys and values, many flags.
  add('long key', ['--set', `nodeSelector.${'k'.repeat(100_000)}=1`]);
  add('long value', ['--set', `nodeSelector.k=${'v'.repeat(100_000)}`]);
  add('many set items', ['--set', times(5000, (i) => `unused.k${i}=${i}`).join(',')]);
  add('many set flags', times(500, (i) => ['--set', `nodeSelector.k${i}=${i}`]).flat());
  add('wide file', ['-f', 'v.yaml'], {
    'v.yaml': `nodeSelector:\n${times(20_000, (i) => `  key${i}: value ${i}`).join('\n')}\n`,
  });
  add('long list file', ['-f', 'v.yaml'], {
    'v.yaml': `tolerations:\n${times(20_000, (i) => `- {key: k${i}}`).join('\n')}\n`,
  });
  return cases;
}

// ---- random cases: hostile names and values mixed into --set paths and values files ----
const SEGMENTS = [
  ...JS_NAMES,
  'nodeSelector',
  'a',
  'b',
  'global',
  'redis',
  'tags',
  'ingress',
  'annotations',
  'x.y',
  '',
];
const VALUES = ['1', 'null', 'true', '{a,b}', '', 'v', '__proto__', '\u2028', 'é', '0', '-1', '65536'];

/**
 * A --set path: under a table the chart prints (never replacing the table itself, which
 * would test the chart's type errors rather than hostile keys), or at a new top-level name.
 */
function randomPath() {
  const escape = (k) => k.replace(/[.=,[\]\\]/g, '\\$&');
  const printed = chance(0.6);
  const head = printed ? pick(PRINTED) : escape(pick([...JS_NAMES, 'a', 'x.y', '']));
  const more = times((printed ? 1 : 0) + Math.floor(rand() * 3), () => {
    let k = escape(pick(SEGMENTS));
    if (chance(0.15)) k += `[${pick(['0', '1', '3', '-1', '65537', chance(0.1) ? '65536' : '2'])}]`;
    return k;
  });
  return [head, ...more].join('.');
}

function randomJson(depth) {
  if (depth <= 0 || chance(0.4)) return JSON.stringify(pick([1, 'v', null, true, '__proto__', 'é']));
  if (chance(0.5)) return `[${times(1 + Math.floor(rand() * 3), () => randomJson(depth - 1)).join(',')}]`;
  return `{${times(1 + Math.floor(rand() * 3), () => `${JSON.stringify(pick(SEGMENTS))}:${randomJson(depth - 1)}`).join(',')}}`;
}

function randomYaml(depth, indent) {
  return times(1 + Math.floor(rand() * 3), () => {
    const k = pick(SEGMENTS) || '""';
    const key = /^[a-zA-Z_]/.test(k) ? k : JSON.stringify(k);
    const pad = ' '.repeat(indent);
    if (depth > 0 && chance(0.4)) return `${pad}${key}:\n${randomYaml(depth - 1, indent + 2)}`;
    if (chance(0.15)) return `${pad}${key}: ${randomJson(2)}`;
    return `${pad}${key}: ${pick(['1', 'v', '~', 'yes', '"__proto__"', '{}', '[]'])}`;
  }).join('\n');
}

function randomCase(n) {
  const args = [];
  const files = {};
  for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
    const kind = pick(['-f', '--set', '--set', '--set-json', '--set-string']);
    if (kind === '-f') {
      const name = `r${i}.yaml`;
      const top = pick(['nodeSelector', '__proto__', 'constructor', 'tolerations', 'redis']);
      if (top === 'tolerations') files[name] = `tolerations:\n- ${randomYaml(1, 2).trimStart()}\n`;
      else if (top === 'redis') files[name] = `redis:\n  master:\n    podLabels:\n${randomYaml(1, 6)}\n`;
      else files[name] = `${top}:\n${randomYaml(2, 2)}\n`;
      args.push('-f', name);
    } else if (kind === '--set-json') args.push(kind, `${randomPath()}=${randomJson(3)}`);
    else args.push(kind, times(1 + Math.floor(rand() * 3), () => `${randomPath()}=${pick(VALUES)}`).join(','));
  }
  return { name: `random ${n}`, args: ['--set', 'ingress.enabled=true', ...args], files };
}

// ---- running both sides ----
function run(cmd, args, dir, stdin) {
  const t = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: dir,
    input: stdin ?? '',
    encoding: 'buffer',
    maxBuffer: 1 << 30,
    timeout: 120_000,
    env: { ...process.env, HELM_DEBUG: '' },
  });
  const stderr = r.stderr.toString('utf8');
  const lines = stderr.split('\n').filter((l) => l !== '');
  return {
    code: r.status ?? `signal ${r.signal}`,
    stdout: r.stdout,
    error: lines.find((l) => l.startsWith('Error: ')),
    warnings: lines
      .filter((l) => !l.startsWith('Error: ') && !l.startsWith('Use --debug') && !l.startsWith('warning: '))
      .sort(),
    stack: /\n\s+at .+\(.+:\d+:\d+\)/.test(stderr),
    ms: Date.now() - t,
  };
}

function helmArgs(args) {
  const named = args.length > 0 && !args[0].startsWith('-');
  return named
    ? ['template', args[0], chart, '-f', 'pinned.yaml', ...args.slice(1)]
    : ['template', chart, '-f', 'pinned.yaml', ...args];
}
function ourArgs(args) {
  const named = args.length > 0 && !args[0].startsWith('-');
  return named ? [cli, args[0], '-f', 'pinned.yaml', ...args.slice(1)] : [cli, '-f', 'pinned.yaml', ...args];
}

/** What is compared, and how a difference is classed. */
function compare(c, h, o) {
  const problems = [];
  if (o.stack) problems.push('stack trace on stderr');
  if (typeof o.code !== 'number') problems.push(`polyaxon-render died (${o.code})`);
  if (o.ms > Math.max(10_000, 5 * h.ms)) problems.push(`slow: ${o.ms} ms (helm ${h.ms} ms)`);
  const hOk = h.code === 0;
  const oOk = o.code === 0;
  if (c.limit) {
    // polyaxon-render's documented limits: values nesting (limits.ts) and tpl's recursion (runtime/tpl/).
    if (!oOk && /nested deeper than|template recursion this deep/.test(o.error ?? '') && problems.length === 0)
      return { kind: 'limit' };
    if (hOk === oOk && problems.length === 0 && (!hOk || h.stdout.equals(o.stdout))) return { kind: 'agree' };
    return {
      kind: 'disagree',
      problems: [...problems, 'limit case neither agrees nor refuses with the limit message'],
    };
  }
  let wording = false;
  let position = false;
  if (hOk !== oOk) problems.push(`accept/reject: helm ${h.code}, polyaxon-render ${o.code}`);
  else if (hOk && !h.stdout.equals(o.stdout)) problems.push('stdout differs');
  else if (!hOk && h.error !== o.error && withoutPosition(h.error) === o.error) {
    // The ported templates do not keep Go's line:column and `at <…>` context of the failing action.
    position = true;
  } else if (!hOk && h.error !== o.error) {
    // YAML syntax errors are worded and placed by the `yaml` package, not libyaml (as in
    // fuzz-values): the same message up to "yaml: " is the agreement there.
    const syntax = /^(.*yaml: )(?:line \d+: )?(.*)$/.exec(h.error ?? '');
    if (syntax && !SEMANTIC_YAML.test(syntax[2]) && o.error?.startsWith(syntax[1])) wording = true;
    else problems.push('error message differs');
  }
  if (JSON.stringify(h.warnings) !== JSON.stringify(o.warnings)) problems.push('warnings differ');
  if (problems.length) return { kind: 'disagree', problems };
  return { kind: 'agree', wording, position };
}

/** Helm's `template: F:L:C: executing "F" at <…>: why` without the place: `template: F: executing "F": why`. */
function withoutPosition(error) {
  const m = /^(Error: template: [^:]+):\d+:\d+: (executing "[^"]+") at <(?:[^>]|>(?!: ))*>: (.*)$/.exec(error ?? '');
  return m ? `${m[1]}: ${m[2]}: ${m[3]}` : error;
}

/** libyaml/yaml.v2 messages that are about meaning, not syntax: those must match word for word. */
const SEMANTIC_YAML =
  /^(unknown anchor|anchor '|map merge|cannot decode|document contains|control characters|invalid (leading|trailing) UTF-8|incomplete UTF|invalid Unicode|invalid length|.*UTF-16|.*surrogate|!!binary|invalid map key|exceeded max depth)/;

function firstDiff(a, b) {
  const x = a.toString('utf8').split('\n');
  const y = b.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i])
      return `line ${i + 1}\n    helm: ${JSON.stringify(x[i])?.slice(0, 300)}\n    ours: ${JSON.stringify(y[i])?.slice(0, 300)}`;
  }
  return '(none)';
}

const all = [...corpus(), ...times(randomCount, (i) => randomCase(i))].filter((c) => !only || c.name.includes(only));
const work = mkdtempSync(join(tmpdir(), 'fuzz-hostile-'));
const failDir = join(tmpdir(), `fuzz-hostile-${seed}`);
const counts = { agree: 0, limit: 0, disagree: 0, wording: 0, position: 0, refused: 0 };
console.log(
  `fuzz-hostile: seed ${seed}, ${all.length} cases (${all.length - randomCount} fixed, ${randomCount} random)`,
);
all.forEach((c, n) => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'pinned.yaml'), PINNED);
  for (const [f, data] of Object.entries(c.files)) writeFileSync(join(work, f), data);
  const h = run(helm, helmArgs(c.args), work, c.stdin);
  const o = run(process.execPath, ourArgs(c.args), work, c.stdin);
  const r = compare(c, h, o);
  counts[r.kind]++;
  if (r.wording) counts.wording++;
  if (r.position) counts.position++;
  if (r.kind === 'agree' && h.code !== 0) counts.refused++;
  if (r.kind !== 'disagree') return;
  const out = join(failDir, String(n));
  mkdirSync(out, { recursive: true });
  for (const [f, data] of Object.entries(c.files)) writeFileSync(join(out, f), data);
  writeFileSync(
    join(out, 'case.json'),
    JSON.stringify(
      {
        name: c.name,
        args: c.args,
        problems: r.problems,
        helm: { ...h, stdout: undefined },
        ours: { ...o, stdout: undefined },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(out, 'helm.out'), h.stdout);
  writeFileSync(join(out, 'ours.out'), o.stdout);
  const shortArgs = JSON.stringify(c.args.map((a) => (a.length > 120 ? `${a.slice(0, 100)}…(${a.length} chars)` : a)));
  console.log(`\n#${n} ${c.name}: ${r.problems.join('; ')}\n  args ${shortArgs}`);
  console.log(`  helm: exit ${h.code} ${h.error ?? ''} (${h.ms} ms)`.slice(0, 400));
  console.log(`  ours: exit ${o.code} ${o.error ?? ''} (${o.ms} ms)`.slice(0, 400));
  if (r.problems.includes('stdout differs')) console.log(`  first difference at ${firstDiff(h.stdout, o.stdout)}`);
  if (r.problems.includes('warnings differ'))
    console.log(
      `  helm warnings ${JSON.stringify(h.warnings).slice(0, 300)}\n  ours warnings ${JSON.stringify(o.warnings).slice(0, 300)}`,
    );
});
rmSync(work, { recursive: true, force: true });
console.log(
  `\nfuzz-hostile: ${all.length} cases: ${counts.agree} agree (${counts.agree - counts.refused} rendered, ${counts.refused} refused by both; ` +
    `of the refusals ${counts.wording} YAML syntax errors worded by the yaml package, ` +
    `${counts.position} template errors without Go's line:column and action context), ` +
    `${counts.limit} refused at polyaxon-render's nesting limit (Helm accepts), ${counts.disagree} disagree${counts.disagree ? ` (saved in ${failDir})` : ''}`,
);
process.exit(counts.disagree ? 1 : 0);
