#!/usr/bin/env node
// Differential fuzzing of whole renders against the real Helm (run by hand):
//
//   npx pnpm@10 -r --workspace-concurrency=1 run build
//   node scripts/fuzz-render.mjs [--seed N] [--runs N] [--only RUN] [--spawn] [--out DIR] [--root DIR] [--why] [--verbose]
//                                [--failing] [--errors] [--unhinted]
//
//   env HELM       the real helm (default .reference/bin/helm, see docs/reference.md)
//       REF_CHART  the assembled reference chart (default .reference/polyaxon)
//
// Each run writes a random values file that mixes parent and subchart options: it walks the
// chart defaults (the reference values.yaml files) and the `.Values.…` paths the reference
// templates read, flips booleans, swaps numbers and strings for awkward ones (YAML 1.1 words,
// floats, big numbers, quotes, colons, unicode), sets nulls, replaces maps by scalars, fills
// free maps (annotations, labels, nodeSelector, persistence.data), adds tolerations and
// affinity blocks (redis affinity as tpl text), switches optional features on, and picks a
// release name, namespace, kube version and a few --set flags. The random secrets are pinned
// by a second values file given first, so outputs are comparable byte for byte; when a run
// unpins one (or Helm itself is not deterministic), the outputs are compared with the random
// parts masked as fixtures/harness.ts maskRandom does.
//
// helm template and polyaxon-render run on the same arguments (ours in-process through
// packages/core/dist/cli.js, or the bin with --spawn); the exit class (0 / non-0) must agree,
// and on success stdout must be byte-identical. When both fail, the closing line counts the runs
// whose `Error:` line is Helm's word for word (`--errors` lists the others) and those that print
// a hint (`--unhinted` lists the others, with the values file and flags); `--failing` makes
// runs meant to fail (see failingCase). Disagreements
// are saved under $TMPDIR/fuzz-render-<seed>/<run>/ as a ready-made golden case (case.json,
// the values files) plus helm.out/ours.out, helm.err/ours.err and diff.txt. Exit code 1 if
// any run disagreed. `--only RUN` replays one run of a seed.
//
// `--modernize` (no helm needed): each run renders plain and with --modernize (the run's
// --kube-version left out, so Helm's default 1.32 is the target). Where the plain render works,
// the modern one must print the same objects (kind and name), each on an API 1.32 serves, the
// Services selecting the same workloads; or exit 1 with its reasons, which are tallied (--why)
// for a reader to judge that they are values no lossless fix can save.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { helmPath, missingReference, refChartPath } from './reference/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const helm = helmPath;
const refChart = refChartPath;
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
// --root: a workspace whose build to test (e.g. a private copy, while others rebuild this one)
const buildRoot = resolve(option('root', root));
const bin = join(buildRoot, 'packages/core/bin/polyaxon-render.js');
const cliDist = join(buildRoot, 'packages/core/dist/cli.js');
const seed = Number(option('seed', Math.floor(Math.random() * 2 ** 31)));
const runs = Number(option('runs', 100));
const only = option('only', undefined);
const spawnOurs = process.argv.includes('--spawn');
const failing = process.argv.includes('--failing');
const outRoot = option('out', join(tmpdir(), `fuzz-render-${seed}`));

const modernMode = process.argv.includes('--modernize');
const missing = missingReference({ helm: !modernMode });
if (!existsSync(cliDist)) missing.push('a build (npx pnpm@10 -r --workspace-concurrency=1 run build)');
if (missing.length) {
  console.error(`fuzz-render: missing ${missing.join(', ')}`);
  process.exit(2);
}
const { runCli } = await import(cliDist);

// ---- a seeded PRNG (mulberry32); every run has its own seed so `--only` can replay it ----
let state = 0;
function reseed(s) {
  state = s >>> 0;
}
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));

// ---- the generator's value model: maps are null-prototype objects, lists arrays, leaves Raw YAML text ----
class Raw {
  constructor(text, block) {
    this.text = text; // YAML scalar text as written in the file, or the body of a block scalar
    this.block = block; // '|', '|-', '>' … for block scalars
  }
}
const raw = (t) => new Raw(t);
const str = (s) => new Raw(JSON.stringify(s)); // a JSON string is a valid YAML double-quoted scalar
const newMap = () => Object.create(null);
const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Raw);
function mapOf(entries) {
  const m = newMap();
  for (const [k, v] of entries) m[k] = v;
  return m;
}

// ---- what the chart offers: defaults and the paths templates read ----
const SUBCHARTS = ['postgresql', 'rabbitmq-ha', 'redis', 'docker-registry'];
function readDefaults(dir) {
  return parseYaml(readFileSync(join(dir, 'values.yaml'), 'utf8'), { version: '1.1' }) ?? {};
}
function templatePaths(dir) {
  const out = new Set();
  const walk = (d) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(d, f.name));
      else
        for (const m of readFileSync(join(d, f.name), 'utf8').matchAll(/\.Values((?:\.[A-Za-z0-9_]+)+)/g))
          out.add(m[1].slice(1));
    }
  };
  walk(join(dir, 'templates'));
  return [...out].map((p) => p.split('.'));
}
function kindOf(v) {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  return typeof v; // boolean, number, string
}
// Every path the defaults define (maps included) and every path a template reads, with its default's kind.
function slots() {
  const list = [];
  const seen = new Set();
  const add = (path, kind) => {
    const k = path.join('\u0000');
    if (seen.has(k)) return;
    seen.add(k);
    list.push({ path, kind });
  };
  const walk = (prefix, v) => {
    add(prefix, kindOf(v));
    if (kindOf(v) === 'map') for (const [k, x] of Object.entries(v)) walk([...prefix, k], x);
  };
  const parent = readDefaults(refChart);
  for (const [k, v] of Object.entries(parent)) walk([k], v);
  for (const p of templatePaths(refChart)) add(p, 'unknown');
  for (const sub of SUBCHARTS) {
    const dir = join(refChart, 'charts', sub);
    for (const [k, v] of Object.entries(readDefaults(dir))) walk([sub, k], v);
    for (const p of templatePaths(dir)) if (p[0] !== 'global') add([sub, ...p], 'unknown');
  }
  return list;
}
const SLOTS = slots();

// ---- scalar pools ----
const BOOLS = ['true', 'false', 'yes', 'no', 'on', 'off', 'True', 'FALSE', 'y', 'n', '"true"', '"false"', '0', '1'];
const NUMBERS = [
  '0',
  '1',
  '-1',
  '2',
  '3',
  '5',
  '10',
  '80',
  '8080',
  '31811',
  '65536',
  '600000',
  '1000000',
  '1e+06',
  '100000000',
  '1.5',
  '0.5',
  '-2.5',
  '2.0',
  '1e3',
  '1e-05',
  '0.000001',
  '123456789012',
  '9007199254740993',
  '12345678901234567890',
  '0x1F',
  '0755',
  '010',
  '.5',
  '1_000',
  '-0',
  '3.14159265358979',
];
const STRINGS = [
  '',
  ' ',
  'a b',
  'with "quotes"',
  "it's",
  'a: b',
  'key:value',
  'http://example.com:8080/path',
  'ü ñ 漢字',
  'emoji 🎉',
  'yes',
  'on',
  'no',
  'y',
  '1e3',
  '0755',
  '012',
  '1.0',
  '-1',
  'true',
  'null',
  '~',
  '-',
  '*star',
  '&anchor',
  '!bang',
  '#hash',
  'a #not comment',
  '%pct',
  '@at',
  '`tick',
  '{curly}',
  '[square]',
  '|pipe',
  '>gt',
  'x,y',
  'a=b',
  ' leading',
  'trailing ',
  'line1\nline2',
  'line1\nline2\n',
  'tab\there',
  'back\\slash',
  'Always',
  'IfNotPresent',
  'ClusterIP',
  'LoadBalancer',
  'NodePort',
  'redis',
  'rabbitmq',
  '/mnt/data',
  'gs://bucket',
  '10Gi',
  '500m',
  '{{ .Release.Name }}',
  'this is a rather long string value with many words in it so that yaml emitters fold it somewhere past eighty',
  'averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutspaces1234',
  'a long value: with a colon and # hash and "quotes" and more words to go past the eighty column fold',
  'trailing spaces on a line  \nnext',
  '  indented first line\nsecond',
  '\n',
  'a\n\nb\n\n',
  'x\ty\n  z\n',
  '- dash item',
  '? question',
  'key: value\nother: thing',
  '\u00a0nbsp',
  'café\u0085next',
  '\u2028sep',
  '0x1F',
  '+1',
  '.5',
  '1_000',
  '2001-12-14',
  '12:30:00',
  '=',
  '<<',
];
const PLAIN = [
  'plain',
  'plain text',
  'foo-bar',
  'Foo_Bar.baz',
  'v1.2.3',
  'latest',
  '1.2.3',
  '9.6.1',
  '5.0.4',
  'a/b',
  'UTC',
  'Europe/Paris',
  'redis',
  'rabbitmq',
  's3',
  'gcs',
  'azure',
  'filesystem',
  'swift',
  'nvidia.com/gpu',
];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'clusterip', ''];
const KEYS = [
  'a',
  'b',
  'B',
  'Z',
  '_x',
  '-',
  '1',
  '2',
  '10',
  'a2',
  'a10',
  'yes',
  'on',
  'null',
  'example.com/key',
  'app.kubernetes.io/name',
  'kubernetes.io/ingress.class',
  'prometheus.io/scrape',
  'with space',
  'ü',
  'x_y',
  'key.with.dots',
  'UPPER',
];

function scalarOfKind(kind) {
  switch (kind) {
    case 'boolean':
      return raw(pick(BOOLS));
    case 'number':
      return raw(pick(NUMBERS));
    case 'string':
      return chance(0.6) ? str(pick(STRINGS)) : raw(pick(PLAIN));
    default:
      return anyScalar();
  }
}
function anyScalar() {
  const r = rand();
  if (r < 0.2) return raw(pick(BOOLS));
  if (r < 0.45) return raw(pick(NUMBERS));
  if (r < 0.55) return raw(pick(['~', 'null', '']));
  if (r < 0.85) return str(pick(STRINGS));
  return raw(pick(PLAIN));
}

// ---- structured generators ----
function freeMap(n = int(0, 4), depth = 0) {
  return mapOf(
    times(n, () => {
      const r = rand();
      // Now and then a nested map or list: toYaml prints them, k8s would refuse some, helm does not care.
      if (depth < 2 && r < 0.08) return [pick(KEYS), freeMap(int(0, 3), depth + 1)];
      if (depth < 2 && r < 0.12)
        return [pick(KEYS), times(int(0, 3), () => (chance(0.7) ? str(pick(STRINGS)) : anyScalar()))];
      return [pick(KEYS), chance(0.7) ? str(pick(STRINGS)) : anyScalar()];
    }),
  );
}
function toleration() {
  const t = newMap();
  if (chance(0.8))
    t.key = chance(0.7)
      ? raw(pick(['dedicated', 'gpu', 'node-role.kubernetes.io/master', 'example.com/x']))
      : anyScalar();
  if (chance(0.7)) t.operator = raw(pick(['Equal', 'Exists']));
  if (chance(0.6)) t.value = chance(0.7) ? raw(pick(['polyaxon', 'true', 'yes', '1'])) : anyScalar();
  if (chance(0.7)) t.effect = raw(pick(['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
  if (chance(0.2)) t.tolerationSeconds = raw(pick(['3600', '1.5', '1000000']));
  return t;
}
const tolerations = () => times(int(0, 3), toleration);
function nodeAffinity() {
  return mapOf([
    [
      'nodeAffinity',
      mapOf([
        [
          'requiredDuringSchedulingIgnoredDuringExecution',
          mapOf([
            [
              'nodeSelectorTerms',
              [
                mapOf([
                  [
                    'matchExpressions',
                    [
                      mapOf([
                        ['key', str(pick(['kubernetes.io/e2e-az-name', 'gpu', 'yes']))],
                        ['operator', raw('In')],
                        ['values', times(int(1, 3), () => str(pick(STRINGS)))],
                      ]),
                    ],
                  ],
                ]),
              ],
            ],
          ]),
        ],
      ]),
    ],
  ]);
}
function podAntiAffinity() {
  return mapOf([
    [
      'podAntiAffinity',
      mapOf([
        [
          'preferredDuringSchedulingIgnoredDuringExecution',
          [
            mapOf([
              ['weight', raw(pick(['1', '100', '50.5', '1000000']))],
              [
                'podAffinityTerm',
                mapOf([
                  ['labelSelector', mapOf([['matchLabels', freeMap(int(1, 3))]])],
                  ['topologyKey', raw('kubernetes.io/hostname')],
                ]),
              ],
            ]),
          ],
        ],
      ]),
    ],
  ]);
}
function affinity() {
  const r = rand();
  if (r < 0.4) return nodeAffinity();
  if (r < 0.8) return podAntiAffinity();
  if (r < 0.9) return newMap();
  return anyScalar();
}
// redis renders master.affinity / slave.affinity through tpl: a string with template actions.
const TPL_SNIPPETS = [
  '{{ .Release.Name }}',
  '{{ template "redis.name" . }}',
  '{{ template "redis.fullname" . }}',
  '{{ include "redis.chart" . }}',
  '{{ .Chart.Name }}-{{ .Chart.Version }}',
  '{{ .Values.cluster.slaveCount }}',
  '{{ .Values.redisPort | quote }}',
  '{{ .Release.Namespace }}',
  '{{ .Release.Service | lower }}',
  '{{- if .Values.cluster.enabled }}clustered{{- else }}single{{- end }}',
  '{{ printf "%s-%d" .Release.Name 3 }}',
  '{{ default "dflt" .Values.nothing }}',
  '{{ .Values.image.tag }}',
];
function redisAffinity() {
  if (chance(0.3)) return affinity();
  const lines = [
    'podAntiAffinity:',
    '  requiredDuringSchedulingIgnoredDuringExecution:',
    '  - labelSelector:',
    '      matchLabels:',
    `        app: ${pick(TPL_SNIPPETS)}`,
    `        release: ${pick(TPL_SNIPPETS)}`,
    `        extra: ${JSON.stringify(pick(['x', 'a b', 'yes', '1e3']))}`,
    '    topologyKey: kubernetes.io/hostname',
  ];
  return new Raw(`${lines.join('\n')}\n`, '|');
}
function resources() {
  const q = () =>
    chance(0.6) ? raw(pick(['100m', '1', '0.5', '2Gi', '512Mi', '1000000', '1.5', '"250m"', '1e3'])) : anyScalar();
  const part = () =>
    mapOf([
      ...(chance(0.8) ? [['cpu', q()]] : []),
      ...(chance(0.8) ? [['memory', q()]] : []),
      ...(chance(0.1) ? [['nvidia.com/gpu', q()]] : []),
    ]);
  const r = rand();
  if (r < 0.1) return newMap();
  if (r < 0.15) return anyScalar();
  return mapOf([...(chance(0.7) ? [['limits', part()]] : []), ...(chance(0.7) ? [['requests', part()]] : [])]);
}
function storeEntry() {
  const e = newMap();
  const r = rand();
  if (r < 0.4) {
    e.mountPath = str(pick(['/data/1', '/data 2', '/mnt/x', '']));
    if (chance(0.7)) e.hostPath = str(pick(['/path/to/data', '/tmp/x', 'rel']));
    if (chance(0.3)) e.existingClaim = str(pick(['data-pvc', 'claim-1']));
    if (chance(0.4)) e.readOnly = raw(pick(BOOLS));
    if (chance(0.2)) e.subPath = str(pick(['sub', 'a/b']));
  } else if (r < 0.8) {
    e.store = raw(pick(['gcs', 's3', 'azure', 'other']));
    e.bucket = str(pick(['gs://data-bucket', 's3://bucket', 'wasbs://c@a.blob.core.windows.net/', '']));
    if (chance(0.8)) e.secret = str(pick(['secret-name', 'my-secret']));
    if (chance(0.7)) e.secretKey = str(pick(['secret-key', 'key.json']));
  } else if (r < 0.9) {
    return anyScalar();
  } else {
    Object.assign(e, freeMap(int(1, 3)));
  }
  return e;
}
const storeMap = () =>
  mapOf(
    times(int(0, 3), () => [
      pick(['data1', 'data2', 'data-gcs', 'outputs1', 'o', 'B', '1', 'a10', 'a2', 'x_y']),
      storeEntry(),
    ]),
  );
function ingressTls() {
  return times(int(0, 2), () =>
    mapOf([
      ['secretName', str(pick(['polyaxon-tls', 'tls a', 'x']))],
      ['hosts', times(int(0, 2), () => str(pick(['polyaxon.local', 'a.example.com', '*.wild.io'])))],
    ]),
  );
}

// A free-form generator for a slot, by what its name says it holds.
function valueForSlot(slot) {
  const name = slot.path[slot.path.length - 1];
  if (chance(0.04)) return raw(pick(['~', 'null', '']));
  if (/tolerations$/i.test(name)) return chance(0.85) ? tolerations() : anyScalar();
  if (/affinity$/i.test(name))
    return slot.path[0] === 'redis' && /^(master|slave)$/.test(slot.path[1]) ? redisAffinity() : affinity();
  if (
    /(annotations|labels|nodeSelector|selector|podLabels|podAnnotations|extraLabels|env|userAttrMap|globalOptions|connectionOptions)$/i.test(
      name,
    )
  )
    return chance(0.85) ? freeMap() : anyScalar();
  if (/^resources$/.test(name)) return resources();
  if (
    /^(pullSecrets|imagePullSecrets|hosts|accessModes|extraVolumes|extraVolumeMounts|externalIPs|loadBalancerSourceRanges|extraFlags|disableCommands|allowedHosts)$/.test(
      name,
    )
  ) {
    return chance(0.85) ? times(int(0, 3), () => (chance(0.8) ? str(pick(STRINGS)) : raw(pick(PLAIN)))) : anyScalar();
  }
  if (/^(data|outputs)$/.test(name) && slot.path[0] === 'persistence') return storeMap();
  if (/(type|Type)$/.test(name) && /service/i.test(slot.path.join('.')))
    return chance(0.8) ? raw(pick(SERVICE_TYPES)) : anyScalar();
  switch (slot.kind) {
    case 'boolean':
      return chance(0.8) ? raw(chance(0.5) ? 'true' : 'false') : raw(pick(BOOLS));
    case 'number':
    case 'string':
      return scalarOfKind(slot.kind);
    case 'list':
      return chance(0.7)
        ? times(int(0, 3), () => (chance(0.7) ? str(pick(STRINGS)) : freeMap(int(1, 2))))
        : anyScalar();
    case 'map':
      if (chance(0.08)) return anyScalar(); // a table overwritten by a non-table: Helm warns and renders
      if (chance(0.15)) return newMap();
      return freeMap(int(1, 3));
    default:
      if (
        /(enabled|create|use[A-Z]\w*|persists|readOnly|startTLS|secure|encrypt|mountHostSys|debugMode|publicJobs|adminModels|tls)$/.test(
          name,
        )
      )
        return raw(pick(BOOLS));
      if (
        /(port|Port|replicas|Count|Seconds|Threshold|concurrency|Interval|Timeout|quorum|Syncs|Milliseconds|Limit|Child|Multiplier|user|group|fsGroup|runAsUser)$/.test(
          name,
        )
      )
        return scalarOfKind('number');
      return anyScalar();
  }
}

const FREE_MAP_NAME = /(annotations|labels|nodeSelector|podLabels|podAnnotations|extraLabels|env)$/i;
const GENTLE_SLOTS = SLOTS.filter(
  (s) => ['boolean', 'number', 'string'].includes(s.kind) || FREE_MAP_NAME.test(s.path[s.path.length - 1]),
);
function gentleValue(slot) {
  if (FREE_MAP_NAME.test(slot.path[slot.path.length - 1])) return freeMap(int(1, 3));
  if (slot.kind === 'boolean') return raw(chance(0.5) ? 'true' : 'false');
  if (slot.kind === 'number') return raw(pick(['0', '1', '2', '3', '10', '80', '1000000', '1.5', '600000', '3600']));
  return chance(0.7) ? str(pick(STRINGS)) : raw(pick(PLAIN));
}

// ---- feature recipes: whole option sets that switch optional parts on ----
const FEATURES = {
  ingress: () => [
    [['ingress', 'enabled'], raw('true')],
    [['ingress', 'hostName'], str(pick(['polyaxon.local', 'a.b.c', '']))],
    [['ingress', 'path'], str(pick(['/', '/polyaxon', '/*']))],
    [['ingress', 'annotations'], freeMap()],
    [['ingress', 'tls'], ingressTls()],
  ],
  ssl: () => [
    [['ssl', 'enabled'], raw('true')],
    [['ssl', 'secretName'], str(pick(['polyaxon-cert', 'x y']))],
    ...(chance(0.5) ? [[['ssl', 'path'], str(pick(['/etc/ssl', '/certs']))]] : []),
  ],
  ldap: () => [
    [['ldap', 'enabled'], raw('true')],
    [['ldap', 'serverUri'], str('ldap://ldap.example.com')],
    [['ldap', 'bindDN'], str('cn=admin,dc=example,dc=com')],
    [['ldap', 'userAttrMap'], freeMap(int(1, 3))],
    [['ldap', 'globalOptions'], freeMap(int(0, 2))],
    [['ldap', 'startTLS'], raw(pick(BOOLS))],
  ],
  monitors: () => [
    [['eventMonitors', 'namespace', 'enabled'], raw('true')],
    [['eventMonitors', 'statuses', 'enabled'], raw(pick(BOOLS))],
    [['resourcesDaemon', 'enabled'], raw(pick(BOOLS))],
    [['resourcesDaemon', 'tolerations'], tolerations()],
  ],
  hooks: () => [
    [['hooks', 'enabled'], raw(pick(BOOLS))],
    [['hooks', 'loadFixtures'], raw(pick(BOOLS))],
  ],
  broker: () => [[['broker'], chance(0.8) ? raw(pick(['redis', 'rabbitmq', '"redis"'])) : anyScalar()]],
  externals: () => {
    const out = [];
    for (const s of ['postgresql', 'redis', 'rabbitmq-ha']) if (chance(0.4)) out.push([[s, 'enabled'], raw('false')]);
    out.push(
      [['externalServices', 'postgresql', 'host'], str('pg.example.com')],
      [['externalServices', 'postgresql', 'port'], raw(pick(NUMBERS))],
    );
    out.push(
      [['externalServices', 'redis', 'host'], str('redis.example.com')],
      [['externalServices', 'redis', 'usePassword'], raw(pick(BOOLS))],
    );
    out.push(
      [['externalServices', 'rabbitmq', 'host'], str('mq.example.com')],
      [['externalServices', 'rabbitmq', 'user'], str(pick(STRINGS))],
    );
    return out;
  },
  persistence: () => [
    [['persistence', 'data'], storeMap()],
    [['persistence', 'outputs'], chance(0.8) ? storeMap() : anyScalar()],
    [['persistence', pick(['logs', 'repos', 'upload']), 'existingClaim'], str(pick(['claim', 'x y']))],
  ],
  scheduling: () => [
    [['nodeSelector'], freeMap()],
    [['tolerations'], tolerations()],
    [['affinity'], affinity()],
  ],
  securityContext: () => [
    [['securityContext', 'enabled'], raw('true')],
    [['securityContext', 'user'], raw(pick(NUMBERS))],
    [['securityContext', 'group'], raw(pick(NUMBERS))],
  ],
  nvidia: () => [
    [['dirs', 'nvidia', pick(['lib', 'bin', 'libcuda'])], str(pick(['/usr/lib/nvidia', '/x y']))],
    [['mountPaths', 'nvidia', pick(['lib', 'bin', 'libcuda'])], str(pick(['/usr/lib/nvidia', '']))],
  ],
  pgMetrics: () => [
    [['postgresql', 'metrics', 'enabled'], raw('true')],
    ...(chance(0.5)
      ? [
          [
            ['postgresql', 'metrics', 'customMetrics'],
            mapOf([
              [
                'pg_database',
                mapOf([
                  ['query', str('SELECT 1')],
                  ['metrics', [mapOf([['name', mapOf([['usage', str('LABEL')]])]])]],
                ]),
              ],
            ]),
          ],
        ]
      : []),
  ],
  pgNetworkPolicy: () => [
    [['postgresql', 'networkPolicy', 'enabled'], raw('true')],
    [['postgresql', 'networkPolicy', 'allowExternal'], raw(pick(BOOLS))],
  ],
  pgPersistence: () => [
    [['postgresql', 'persistence', 'enabled'], raw('true')],
    ...(chance(0.5) ? [[['postgresql', 'persistence', 'storageClass'], str(pick(['-', 'fast', '']))]] : []),
    ...(chance(0.3) ? [[['postgresql', 'persistence', 'existingClaim'], str('pg-claim')]] : []),
    ...(chance(0.3) ? [[['postgresql', 'persistence', 'annotations'], freeMap()]] : []),
  ],
  pgMisc: () => [
    [['postgresql', 'imagePullSecrets'], str('myregistrykey')],
    [['postgresql', 'postgresInitdbArgs'], str('--data-checksums')],
    [['postgresql', 'service', 'externalIPs'], times(int(0, 2), () => str('10.0.0.1'))],
    [['postgresql', 'service', 'type'], raw(pick(SERVICE_TYPES))],
  ],
  rabbitIngress: () => [
    [['rabbitmq-ha', 'ingress', 'enabled'], raw('true')],
    [['rabbitmq-ha', 'ingress', 'hostName'], str(pick(['mq.local', '']))],
    [['rabbitmq-ha', 'ingress', 'tls'], raw(pick(BOOLS))],
    [['rabbitmq-ha', 'ingress', 'annotations'], freeMap()],
  ],
  rabbitPrometheus: () => [
    [['rabbitmq-ha', 'prometheus', 'exporter', 'enabled'], raw(pick(BOOLS))],
    [['rabbitmq-ha', 'prometheus', 'exporter', 'env'], freeMap()],
    [['rabbitmq-ha', 'prometheus', 'operator', 'enabled'], raw(pick(BOOLS))],
    [['rabbitmq-ha', 'prometheus', 'operator', 'alerts', 'labels'], freeMap()],
  ],
  rabbitPersistence: () => [
    [['rabbitmq-ha', 'persistentVolume', 'enabled'], raw('true')],
    ...(chance(0.5) ? [[['rabbitmq-ha', 'persistentVolume', 'storageClass'], str(pick(['-', 'fast']))]] : []),
    [['rabbitmq-ha', 'persistentVolume', 'annotations'], freeMap()],
  ],
  rabbitPlugins: () =>
    [
      'rabbitmqAuth',
      'rabbitmqAuthHTTP',
      'rabbitmqLDAPPlugin',
      'rabbitmqMQTTPlugin',
      'rabbitmqWebMQTTPlugin',
      'rabbitmqSTOMPPlugin',
      'rabbitmqWebSTOMPPlugin',
      'rabbitmqAmqpsSupport',
      'rabbitmqCert',
    ]
      .filter(() => chance(0.4))
      .map((p) => [['rabbitmq-ha', p, 'enabled'], raw('true')]),
  rabbitMisc: () => [
    [
      ['rabbitmq-ha', 'podDisruptionBudget'],
      chance(0.7) ? mapOf([[pick(['maxUnavailable', 'minAvailable']), raw(pick(['1', '50%', '0']))]]) : anyScalar(),
    ],
    [['rabbitmq-ha', 'service', 'type'], raw(pick(SERVICE_TYPES))],
    [['rabbitmq-ha', 'service', 'amqpNodePort'], raw(pick(['30000', '~', '1.5']))],
    [['rabbitmq-ha', 'podAntiAffinity'], raw(pick(['soft', 'hard', 'other']))],
    [
      ['rabbitmq-ha', 'extraVolumes'],
      times(int(0, 2), () =>
        mapOf([
          ['name', str('vol')],
          ['emptyDir', newMap()],
        ]),
      ),
    ],
    [['rabbitmq-ha', 'definitions', pick(['users', 'vhosts', 'policies'])], str('{"name": "x"}')],
    [['rabbitmq-ha', 'rbac', 'create'], raw(pick(BOOLS))],
    [['rabbitmq-ha', 'serviceAccount', 'create'], raw(pick(BOOLS))],
  ],
  rabbitSecrets: () => [
    [['rabbitmq-ha', pick(['existingSecret', 'existingConfigMap'])], chance(0.7) ? str('existing') : raw('true')],
    [['rabbitmq-ha', 'replicaCount'], raw(pick(NUMBERS))],
  ],
  redisSentinel: () => [
    [['redis', 'sentinel', 'enabled'], raw('true')],
    [['redis', 'cluster', 'enabled'], raw(pick(BOOLS))],
    [['redis', 'sentinel', 'service', 'type'], raw(pick(SERVICE_TYPES))],
  ],
  redisMetrics: () => [
    [['redis', 'metrics', 'enabled'], raw('true')],
    [['redis', 'metrics', 'serviceMonitor', 'enabled'], raw(pick(BOOLS))],
    [['redis', 'metrics', 'podAnnotations'], freeMap()],
    ...(chance(0.5) ? [[['redis', 'metrics', 'extraArgs'], freeMap(int(1, 2))]] : []),
  ],
  redisPolicy: () => [
    [['redis', 'networkPolicy', 'enabled'], raw('true')],
    [['redis', 'networkPolicy', 'allowExternal'], raw(pick(BOOLS))],
    [['redis', 'rbac', 'create'], raw(pick(BOOLS))],
    [['redis', 'serviceAccount', 'create'], raw(pick(BOOLS))],
  ],
  redisPassword: () => [
    [['redis', 'usePassword'], raw('true')],
    [['redis', 'usePasswordFile'], raw(pick(BOOLS))],
    ...(chance(0.3) ? [[['redis', 'existingSecret'], str('redis-secret')]] : []),
  ],
  redisScheduling: () => [
    [['redis', pick(['master', 'slave']), 'affinity'], redisAffinity()],
    [['redis', pick(['master', 'slave']), 'tolerations'], tolerations()],
    [['redis', pick(['master', 'slave']), 'nodeSelector'], freeMap()],
  ],
  redisVolumes: () => [
    [['redis', 'volumePermissions', 'enabled'], raw(pick(BOOLS))],
    [['redis', 'sysctlImage', 'enabled'], raw(pick(BOOLS))],
    [['redis', 'sysctlImage', 'command'], times(int(0, 2), () => str(pick(['sysctl', '-w', 'x=1'])))],
    [['redis', pick(['master', 'slave']), 'persistence', 'enabled'], raw(pick(BOOLS))],
  ],
  redisGlobal: () => [
    [['global', 'imageRegistry'], str(pick(['my.registry', '']))],
    ...(chance(0.5) ? [[['global', 'imagePullSecrets'], times(int(0, 2), () => str('pull-secret'))]] : []),
  ],
  registryIngress: () => [
    [['docker-registry', 'ingress', 'enabled'], raw('true')],
    [
      ['docker-registry', 'ingress', 'hosts'],
      chance(0.8) ? times(int(0, 2), () => str(pick(['reg.local', 'a.b']))) : anyScalar(),
    ],
    [['docker-registry', 'ingress', 'tls'], ingressTls()],
    [['docker-registry', 'ingress', 'labels'], freeMap()],
  ],
  registryStorage: () => {
    const s = pick(['s3', 'azure', 'swift', 'filesystem', 'gcs']);
    const out = [[['docker-registry', 'storage'], raw(s)]];
    if (s === 's3') {
      out.push(
        [['docker-registry', 's3', 'region'], str('us-east-1')],
        [['docker-registry', 's3', 'bucket'], str('bkt')],
      );
      if (chance(0.5))
        out.push([
          ['docker-registry', 'secrets', 's3'],
          mapOf([
            ['accessKey', str('AK')],
            ['secretKey', str('SK')],
          ]),
        ]);
      if (chance(0.5)) out.push([['docker-registry', 's3', 'encrypt'], raw(pick(BOOLS))]);
    }
    if (s === 'azure')
      out.push([
        ['docker-registry', 'secrets', 'azure'],
        mapOf([
          ['accountName', str('acc')],
          ['accountKey', str('key')],
          ['container', str('c')],
        ]),
      ]);
    if (s === 'swift')
      out.push([
        ['docker-registry', 'swift'],
        mapOf([
          ['authurl', str('http://swift/')],
          ['container', str('c')],
        ]),
      ]);
    return out;
  },
  registryMisc: () => [
    [['docker-registry', 'persistence', 'enabled'], raw(pick(BOOLS))],
    [['docker-registry', 'tlsSecretName'], str('reg-tls')],
    [['docker-registry', 'secrets', 'htpasswd'], str('user:$2y$05$hash')],
    [['docker-registry', 'service', 'type'], raw(pick(SERVICE_TYPES))],
    [['docker-registry', 'podAnnotations'], freeMap()],
    [['docker-registry', 'configData', pick(['log', 'http', 'version'])], chance(0.5) ? freeMap() : anyScalar()],
  ],
};

// ---- the pins: every secret Helm would draw at random ----
const PINS = `# Pins every secret Helm would otherwise draw at random.
polyaxonSecret: pinned-secret-key
internalToken: pinned-internal-token
user:
  password: pinned-admin-password
postgresql:
  postgresPassword: pinned-pg
redis:
  password: pinned-redis
rabbitmq-ha:
  rabbitmqPassword: pinned-rabbit
  managementPassword: pinned-mgmt
  rabbitmqErlangCookie: pinned-cookie
docker-registry:
  secrets:
    haSharedSecret: pinned-ha-secret
externalServices:
  postgresql:
    password: pinned-ext-pg
  redis:
    password: pinned-ext-redis
  rabbitmq:
    password: pinned-ext-rabbit
`;

// ---- YAML text of the generated values ----
function keyText(k) {
  // Most keys plain (YAML 1.1 words like `yes` then become booleans, as a user would get); some quoted.
  if (/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(k) && !/^(null|Null|NULL)$/.test(k) && !chance(0.1)) return k;
  return JSON.stringify(k);
}
function scalarInline(v, indent) {
  if (v.block)
    return [
      ` ${v.block}`,
      ...v.text
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `${' '.repeat(indent + 2)}${l}`),
    ];
  return [v.text === '' ? '' : ` ${v.text}`];
}
function emit(v, indent) {
  const pad = ' '.repeat(indent);
  const lines = [];
  if (isMap(v)) {
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x instanceof Raw) {
        const [head, ...rest] = scalarInline(x, indent);
        lines.push(`${pad}${keyText(k)}:${head}`, ...rest);
      } else if (isMap(x) && Object.keys(x).length === 0) lines.push(`${pad}${keyText(k)}: {}`);
      else if (Array.isArray(x) && x.length === 0) lines.push(`${pad}${keyText(k)}: []`);
      else lines.push(`${pad}${keyText(k)}:`, ...emit(x, isMap(x) ? indent + 2 : indent));
    }
  } else if (Array.isArray(v)) {
    for (const x of v) {
      if (x instanceof Raw) {
        const [head, ...rest] = scalarInline(x, indent);
        lines.push(`${pad}-${head}`, ...rest);
      } else if ((isMap(x) && Object.keys(x).length === 0) || (Array.isArray(x) && x.length === 0))
        lines.push(`${pad}- ${isMap(x) ? '{}' : '[]'}`);
      else {
        const inner = emit(x, indent + 2);
        lines.push(`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1));
      }
    }
  }
  return lines;
}

function setPath(tree, path, value) {
  let m = tree;
  for (const k of path.slice(0, -1)) {
    if (!isMap(m[k])) m[k] = newMap();
    m = m[k];
  }
  m[path[path.length - 1]] = value;
}

// ---- one random case ----
const RELEASES = [
  undefined,
  undefined,
  'px',
  'polyaxon',
  'my-polyaxon',
  'redis',
  'rabbitmq-ha',
  'docker-registry-x',
  'postgresql-prod',
  'a',
  'r1',
  'x'.repeat(53),
  'abc-def-ghi-jkl-mno-pqr-stu-vwx-yz0-123-456-7',
  'my-release-polyaxon-with-a-longish-name',
  'with.dot',
  '1abc',
];
const BAD_RELEASES = ['x'.repeat(54), 'Upper', 'a-', 'a_b'];
const NAMESPACES = [
  undefined,
  undefined,
  'default',
  'polyaxon',
  'kube-system',
  'ns-1',
  'yes',
  '1',
  'a'.repeat(63),
  '',
  'a b',
  'x: y',
  'q"t',
  '#c',
  '*star',
  'ü',
  '1e3',
  'null',
  '-',
];
const KUBE_VERSIONS = [
  undefined,
  undefined,
  'v1.32.0',
  '1.8.0',
  'v1.9.0',
  '1.5',
  'v1.6.3',
  'v1.13.2',
  'v1.16.0',
  'v1.19.0',
  '1.22',
  'v1.25.3',
  '1.10.0-gke.0',
  'v1.7.1+k3s1',
  'v2.0.0',
  'v1.4',
  'v1.3.9',
  '0.0.0',
  'v1.100.0',
  '1.9',
  'v1.10.11',
  '1.32.1-rc.1+meta',
];
const SET_SLOTS = SLOTS.filter((x) => x.path.every((k) => /^[A-Za-z0-9_-]+$/.test(k)));
const LIST_SLOTS = [
  'tolerations',
  'resourcesDaemon.tolerations',
  'postgresql.tolerations',
  'rabbitmq-ha.tolerations',
  'redis.master.tolerations',
  'docker-registry.tolerations',
  'ingress.tls',
  'rabbitmq-ha.extraVolumes',
];
const SET_JSON = [
  '1',
  '1.5',
  '"s"',
  'true',
  'null',
  '[]',
  '{}',
  '[1,"a",null]',
  '{"a":1,"b":{"c":"d"}}',
  '{"key":"k","operator":"Exists"}',
  '1e6',
  '"yes"',
  '12345678901234567890',
];
const SET_VALUES = [
  '1',
  '0',
  '-1',
  '3',
  '1000000',
  '1.5',
  '1e3',
  'true',
  'false',
  'null',
  '',
  'yes',
  'on',
  'a b',
  'redis',
  'NodePort',
  '0755',
  '{a,b}',
  '9223372036854775807',
  'ü',
];

function randomCase() {
  const tree = newMap();
  const names = Object.keys(FEATURES);
  for (let i = int(0, 5); i > 0; i--) for (const [p, v] of FEATURES[pick(names)]()) setPath(tree, p, v);
  // flip `enabled` switches across all charts
  for (const s of SLOTS)
    if (s.path[s.path.length - 1] === 'enabled' && chance(0.08))
      setPath(tree, s.path, raw(chance(0.85) ? (chance(0.5) ? 'true' : 'false') : pick(BOOLS)));
  // A third of the runs are gentle: values of the default's own kind only, so the render goes deep
  // instead of failing early on a type error.
  const gentle = chance(0.35);
  for (let i = int(2, 14); i > 0; i--) {
    const s = pick(gentle ? GENTLE_SLOTS : SLOTS);
    setPath(tree, s.path, gentle ? gentleValue(s) : valueForSlot(s));
  }
  const args = [];
  const release = chance(0.03) ? pick(BAD_RELEASES) : pick(RELEASES);
  if (release !== undefined) args.push(release);
  args.push('-f', 'pinned.yaml', '-f', 'values.yaml');
  const ns = pick(NAMESPACES);
  if (ns !== undefined) args.push(chance(0.5) ? '-n' : '--namespace', ns);
  const kv = chance(0.02) ? 'bad' : pick(KUBE_VERSIONS);
  if (kv !== undefined) args.push('--kube-version', kv);
  for (let i = chance(0.5) ? int(1, 3) : 0; i > 0; i--) {
    const s = pick(SET_SLOTS);
    const path = s.path.join('.');
    const r = rand();
    if (r < 0.65) args.push('--set', `${path}=${pick(SET_VALUES)}`);
    else if (r < 0.8) args.push('--set-string', `${path}=${pick(SET_VALUES)}`);
    else if (r < 0.9) args.push('--set-json', `${path}=${pick(SET_JSON)}`);
    // a list element through an index, on the slots that hold lists of maps
    else
      args.push(
        '--set',
        `${pick(LIST_SLOTS)}[${pick(['0', '0', '1', '2'])}].${pick(['key', 'name', 'value', 'effect'])}=${pick(SET_VALUES)}`,
      );
  }
  if (chance(0.1)) args.push('--no-hooks');
  if (chance(0.1)) args.push('--is-upgrade');
  // Now and then the values go in two files, so Helm's merge of -f files takes part.
  const second = newMap();
  if (chance(0.2)) {
    for (const k of Object.keys(tree)) {
      if (chance(0.4)) {
        second[k] = tree[k];
        delete tree[k];
      }
    }
  }
  const files = { 'pinned.yaml': PINS, 'values.yaml': `${emit(tree, 0).join('\n')}\n` };
  if (Object.keys(second).length > 0) {
    files['values2.yaml'] = `${emit(second, 0).join('\n')}\n`;
    args.splice(args.indexOf('values.yaml') + 1, 0, '-f', 'values2.yaml');
  }
  return { args, files };
}

// ---- --modernize: the plain render against the modern one ----
const modernDist = join(buildRoot, 'packages/core/dist/modernize');
const { isServed } = modernMode ? await import(join(modernDist, 'api-table.js')) : {};
const { consistencyProblems } = modernMode ? await import(join(modernDist, 'consistency.js')) : {};
const { objectOf, readDocument } = modernMode ? await import(join(modernDist, 'modernize.js')) : {};
const { documentsOfText } = modernMode ? await import(join(modernDist, 'cli-report.js')) : {};

function objectsOfText(text) {
  return documentsOfText(text).flatMap((d) => {
    const o = objectOf(readDocument(d.text));
    return o ? [{ source: d.source, object: o }] : [];
  });
}

/** 'ok', 'plainFailed', 'refused' (with its reasons) or 'wrong' (with what is wrong). */
async function compareModern(dir, args) {
  const plainArgs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--kube-version') i++;
    else plainArgs.push(args[i]);
  }
  const p = await runOurs(dir, plainArgs);
  if (p.code !== 0) return { verdict: 'plainFailed' };
  const m = await runOurs(dir, [...plainArgs, '--modernize']);
  if (m.code !== 0) {
    const reasons = m.stderr
      .split('\n')
      .filter((l) => l.startsWith('Error: '))
      .map((l) =>
        l
          .replace(/^Error: [^:]+: [^:]+: /, '')
          .replace(/\[\d+\]/g, '[]')
          .replace(/, set at .*\)/, ')'),
      );
    return { verdict: 'refused', reasons, stderr: m.stderr };
  }
  const before = objectsOfText(p.stdout);
  const after = objectsOfText(m.stdout);
  const key = (o) => `${o.object.kind}/${o.object.metadata?.name}`;
  const wrong = [];
  if (before.map(key).join(' ') !== after.map(key).join(' ')) wrong.push('not the same objects as the plain render');
  for (const o of after)
    if (isServed(String(o.object.kind), String(o.object.apiVersion), 32) === false)
      wrong.push(`${key(o)}: ${o.object.apiVersion} is not served by 1.32`);
  const had = new Set(consistencyProblems(before));
  for (const l of consistencyProblems(after)) if (!had.has(l)) wrong.push(l);
  return wrong.length ? { verdict: 'wrong', why: wrong.join('\n'), stderr: m.stderr } : { verdict: 'ok' };
}

if (modernMode) {
  const work = mkdtempSync(join(tmpdir(), 'fuzz-modern-work-'));
  const counts = { ok: 0, plainFailed: 0, refused: 0, wrong: 0 };
  const reasons = new Map();
  const list = only !== undefined ? [Number(only)] : times(runs, (i) => i);
  console.log(`fuzz-render --modernize: seed ${seed}, ${list.length} run(s)`);
  for (const n of list) {
    reseed(Math.imul(seed, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b));
    const c = randomCase();
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    for (const [f, text] of Object.entries(c.files)) writeFileSync(join(work, f), text);
    const r = await compareModern(work, c.args);
    counts[r.verdict]++;
    if (r.verdict === 'refused') for (const why of new Set(r.reasons)) reasons.set(why, (reasons.get(why) ?? 0) + 1);
    if (only !== undefined) console.log(`run ${n}: ${r.verdict}\n${c.files['values.yaml']}\n${r.stderr ?? ''}`);
    if (r.verdict !== 'wrong') continue;
    const out = join(outRoot, String(n));
    mkdirSync(out, { recursive: true });
    for (const [f, text] of Object.entries(c.files)) writeFileSync(join(out, f), text);
    writeFileSync(join(out, 'case.json'), `${JSON.stringify({ args: c.args })}\n`);
    writeFileSync(join(out, 'why.txt'), `${r.why}\n`);
    console.log(`#${n} WRONG ${JSON.stringify(c.args)}\n  ${r.why.split('\n').join('\n  ')}\n  saved in ${out}`);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(
    `${list.length} runs: ${counts.ok} modernized, ${counts.refused} refused, ${counts.plainFailed} failed plain too, ${counts.wrong} wrong`,
  );
  if (process.argv.includes('--why'))
    for (const [f, k] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(k).padStart(4)}  ${f}`);
  process.exit(counts.wrong ? 1 : 0);
}

// ---- failing cases (--failing): values the chart cannot take, given every way Helm takes values ----
// A slot of the defaults (any of the five charts) gets a value of the wrong shape: null, a scalar
// where a table was, a table where a scalar was, a list for a table and back, text that breaks the
// printed YAML; through a values file or one of --set, --set-string, --set-json, --set-literal,
// --set-file. Now and then the values file itself is broken YAML. Most of these runs fail on both
// sides, and the closing line says how many of Helm's `Error:` lines we print word for word.
const BREAKING_TEXT = [
  'a: b',
  'x\n- y',
  '{a',
  '- x',
  "'q",
  '#c',
  'a: b: c',
  '@x',
  '`x',
  '*x',
  '!x',
  '%x',
  '[1',
  'k: "v',
];
const YAML_BREAKS = [
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\t',
  '\n',
  '&a ',
  '*a',
  '!foo!x ',
  '? ',
  '|',
  '%',
  '`',
  '---\n',
];
function wrongShape(slot) {
  const kind = slot.kind;
  const r = rand();
  if (r < 0.2) return { what: 'null', yaml: raw(pick(['null', '~', ''])), set: 'null', json: 'null' };
  if (r < 0.55 && (kind === 'map' || kind === 'list' || kind === 'null')) {
    const v = pick(['3', 'x', 'true', '1.5']);
    return { what: 'scalar', yaml: raw(v), set: v, json: /^[0-9.]+$|^true$/.test(v) ? v : JSON.stringify(v) };
  }
  if (r < 0.75) return { what: 'map', yaml: mapOf([['a', raw('1')]]), sub: 'a', set: '1', json: '{"a":1}' };
  if (r < 0.85) return { what: 'list', yaml: [str('a'), str('b')], set: '{a,b}', json: '["a","b"]' };
  const t = pick(BREAKING_TEXT);
  return { what: 'text', yaml: str(t), set: t, json: JSON.stringify(t), text: t };
}
function failingCase() {
  const tree = newMap();
  const args = ['-f', 'pinned.yaml', '-f', 'values.yaml'];
  const files = { 'pinned.yaml': PINS };
  const flags = [];
  // A few gentle values around the failing ones, so the render gets somewhere first.
  for (let i = int(0, 4); i > 0; i--) {
    const s = pick(GENTLE_SLOTS);
    setPath(tree, s.path, gentleValue(s));
  }
  for (let i = int(1, 3); i > 0; i--) {
    const s = pick(SET_SLOTS);
    const path = s.path.join('.');
    const w = wrongShape(s);
    const how = pick(['-f', '-f', '--set', '--set-string', '--set-json', '--set-literal', '--set-file']);
    if (how === '-f') setPath(tree, s.path, w.yaml);
    else if (how === '--set-json') flags.push('--set-json', `${path}=${w.json}`);
    else if (w.what === 'map') flags.push(how === '--set-file' ? '--set' : how, `${path}.${w.sub}=${w.set}`);
    else if (how === '--set-file') {
      const name = `file${flags.length}.txt`;
      files[name] = w.text ?? w.set;
      flags.push('--set-file', `${path}=${name}`);
    } else if (how === '--set' && w.text !== undefined && /[,={}[\]\\]/.test(w.text))
      flags.push('--set-literal', `${path}=${w.set}`);
    else flags.push(how, `${path}=${w.set}`);
    // ... and back: a table made a scalar in the file, then a key set under it by a flag (or the reverse).
    if (chance(0.15)) {
      if (how === '-f') flags.push('--set', `${path}.x=1`);
      else setPath(tree, [...s.path, 'x'], raw('1'));
    }
  }
  let text = `${emit(tree, 0).join('\n')}\n`;
  if (chance(0.12)) {
    for (let k = int(1, 2); k > 0; k--) {
      const at = int(0, text.length);
      text = text.slice(0, at) + pick(YAML_BREAKS) + text.slice(at);
    }
  }
  files['values.yaml'] = text;
  return { args: [pick(RELEASES) ?? 'px', ...args, ...flags], files };
}

// ---- running both sides ----
function runHelm(dir, args) {
  const hasName = args.length > 0 && !args[0].startsWith('-');
  const helmArgs = hasName ? ['template', args[0], refChart, ...args.slice(1)] : ['template', refChart, ...args];
  const r = spawnSync(helm, helmArgs, { cwd: dir, encoding: 'utf8', env: { ...process.env, HELM_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
async function runOurs(dir, args) {
  if (spawnOurs) {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(args, {
      readFile: (p) => readFileSync(resolve(dir, p), 'utf8'),
      readStdin: () => '',
      writeFile: () => {
        throw new Error('fuzz-render writes no files');
      },
      fileExists: (p) => existsSync(resolve(dir, p)),
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      now: () => 0,
    });
    return { code, stdout, stderr };
  } catch (e) {
    return { code: -2, stdout, stderr: `${stderr}CRASH: ${e?.stack ?? e}` };
  }
}

// Same as fixtures/harness.ts maskRandom: Secret data values and checksum annotations.
function maskRandom(text) {
  return text
    .split(/(?=^---\n)/m)
    .map((d) => {
      let out = d.replace(/^(\s*checksum\/[\w.-]+: )\S+$/gm, '$1<masked>');
      if (/^kind: Secret$/m.test(out))
        out = out.replace(
          /^(data:\n)((?: {2}.*\n?)*)/m,
          (_m, head, body) => head + body.replace(/^( {2}[^:\n]+: ).*$/gm, '$1<masked>'),
        );
      return out;
    })
    .join('');
}
function firstDiff(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const src = (lines) =>
        lines
          .slice(0, i + 1)
          .reverse()
          .find((l) => l.startsWith('# Source: ')) ?? '(no source)';
      return `line ${i + 1} (${src(e)})\n  helm: ${JSON.stringify(e[i])}\n  ours: ${JSON.stringify(a[i])}`;
    }
  }
  return 'identical';
}

// Classifies one run: identical | masked (identical once random secrets are masked) | bothFailed | disagree.
async function compare(dir, args) {
  const h = runHelm(dir, args);
  const o = await runOurs(dir, args);
  const hOk = h.code === 0;
  const oOk = o.code === 0;
  if (!hOk && !oOk && o.code !== -2) return { verdict: 'bothFailed', h, o };
  if (hOk !== oOk || o.code === -2) return { verdict: 'disagree', h, o, why: `exit helm ${h.code}, ours ${o.code}` };
  if (h.stdout === o.stdout) return { verdict: 'identical', h, o };
  // Helm draws secrets at random when a run unpins them, and orders some numeric keys at random:
  // ask it again before calling it a disagreement.
  const again = [runHelm(dir, args), runHelm(dir, args)];
  if (again.some((x) => x.stdout === o.stdout)) return { verdict: 'identical', h, o, note: 'helm nondeterministic' };
  const helmVaries = again.some((x) => x.stdout !== h.stdout);
  if (helmVaries && [h, ...again].some((x) => maskRandom(x.stdout) === maskRandom(o.stdout))) {
    const varying = again.find((x) => x.stdout !== h.stdout);
    return { verdict: 'masked', h, o, note: `helm varies at ${firstDiff(h.stdout, varying.stdout).split('\n')[0]}` };
  }
  const masked = firstDiff(maskRandom(h.stdout), maskRandom(o.stdout));
  // Same once masked, but helm is deterministic here: a secret or checksum of ours differs.
  const why = masked === 'identical' ? `secrets or checksums differ: ${firstDiff(h.stdout, o.stdout)}` : masked;
  return { verdict: 'disagree', h, o, why: `${helmVaries ? '(helm itself varies) ' : ''}${why}` };
}

// ---- the loop ----
const work = mkdtempSync(join(tmpdir(), 'fuzz-render-work-'));
const counts = { identical: 0, masked: 0, bothFailed: 0, disagree: 0 };
const failures = [];
// Both failed: is our `Error:` line Helm's word for word?
const errorLine = (t) => t.split('\n').find((l) => l.startsWith('Error: '));
const errorMismatches = [];
let errorsSame = 0;
let hinted = 0;
const unhinted = [];
const firstLine = (t) =>
  (t.split('\n').find((l) => l.startsWith('Error: ')) ?? t.split('\n')[0])
    .replace(/\.yaml:\d+:\d+/g, '.yaml')
    .slice(0, 400);
const list = only !== undefined ? [Number(only)] : times(runs, (i) => i);
console.log(
  `fuzz-render: seed ${seed}, ${list.length} run(s), helm ${helm}, chart ${refChart}${spawnOurs ? ', ours spawned' : ''}`,
);
for (const n of list) {
  reseed(Math.imul(seed, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b));
  const c = failing ? failingCase() : randomCase();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [f, text] of Object.entries(c.files)) writeFileSync(join(work, f), text);
  const r = await compare(work, c.args);
  counts[r.verdict]++;
  if (r.verdict === 'bothFailed') {
    failures.push(firstLine(r.h.stderr));
    const [he, oe] = [errorLine(r.h.stderr), errorLine(r.o.stderr)];
    if (he === oe) errorsSame++;
    else errorMismatches.push(`#${n}\n  helm: ${he}\n  ours: ${oe}`);
    if (/^hint: /m.test(r.o.stderr)) hinted++;
    else unhinted.push(`#${n} ${JSON.stringify(c.args.slice(5))}\n  ${oe}`);
  }
  if (only !== undefined)
    console.log(
      `run ${n}: ${r.verdict}${r.note ? ` (${r.note})` : ''}\nargs: ${JSON.stringify(c.args)}\n--- values.yaml\n${c.files['values.yaml']}--- helm stderr\n${r.h.stderr}--- ours stderr\n${r.o.stderr}`,
    );
  if (r.verdict === 'masked' && process.argv.includes('--verbose')) console.log(`#${n} masked: ${r.note}`);
  if (r.verdict !== 'disagree') continue;
  const out = join(outRoot, String(n));
  mkdirSync(out, { recursive: true });
  for (const [f, text] of Object.entries(c.files)) writeFileSync(join(out, f), text);
  writeFileSync(join(out, 'case.json'), `${JSON.stringify({ args: c.args })}\n`);
  writeFileSync(join(out, 'helm.out'), r.h.stdout);
  writeFileSync(join(out, 'ours.out'), r.o.stdout);
  writeFileSync(join(out, 'helm.err'), r.h.stderr);
  writeFileSync(join(out, 'ours.err'), r.o.stderr);
  writeFileSync(join(out, 'diff.txt'), `${r.why}\n`);
  console.log(`#${n} DISAGREE ${JSON.stringify(c.args)}\n  ${r.why.split('\n').join('\n  ')}\n  saved in ${out}`);
}
rmSync(work, { recursive: true, force: true });
const total = list.length;
console.log(
  `${total} runs, ${counts.identical} identical, ${counts.bothFailed} both failed, ${counts.disagree} disagreements${counts.masked ? ` (+${counts.masked} identical with random secrets masked)` : ''}${counts.disagree ? `; saved under ${outRoot}` : ''}`,
);
if (counts.bothFailed)
  console.log(
    `Error lines identical: ${errorsSame}/${counts.bothFailed}; runs with a hint: ${hinted}/${counts.bothFailed}`,
  );
if (process.argv.includes('--errors')) for (const m of errorMismatches) console.log(m);
if (process.argv.includes('--unhinted')) for (const m of unhinted) console.log(m);
if (process.argv.includes('--why')) {
  // Why both sides failed, most frequent first (helm's wording): tells a generator that fails too often.
  const byReason = new Map();
  for (const f of failures) byReason.set(f, (byReason.get(f) ?? 0) + 1);
  for (const [f, k] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`${String(k).padStart(4)}  ${f}`);
}
process.exit(counts.disagree ? 1 : 0);
