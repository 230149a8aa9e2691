import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  dockerRegistryDefaults,
  polyaxonDefaults,
  postgresqlDefaults,
  rabbitmqHaDefaults,
  redisDefaults,
} from './defaults/index.js';
import { isMap, newMap, setKey, toGoValue, type GoMap, type GoValue } from './go-value.js';
import { formatFindings, formatPath, validate, validateRaw, type Finding } from './validate.js';
import { editDistance, nearest } from './validate-suggest.js';
import { loadValuesYaml } from './load-yaml.js';
import { mergeUserValues } from './user-values.js';
import { validateUserValues, valueLines, type ValuesSources } from './validate-sources.js';

const v = (x: unknown) => toGoValue(x) as GoMap;
const brief = (fs: Finding[]) =>
  fs.map((f) => ({ path: f.path, kind: f.kind, ...(f.suggestion !== undefined && { suggestion: f.suggestion }) }));

describe('validate: finding kinds', () => {
  it.each([
    // unknown keys, with the nearest known sibling
    [{ nodeSelectors: { a: 'b' } }, [{ path: 'nodeSelectors', kind: 'unknown-key', suggestion: 'nodeSelector' }]],
    [{ api: { replica: 2 } }, [{ path: 'api.replica', kind: 'unknown-key', suggestion: 'api.replicas' }]],
    [
      { 'rabbitmq-ha': { replicaCont: 3 } },
      [{ path: 'rabbitmq-ha.replicaCont', kind: 'unknown-key', suggestion: 'rabbitmq-ha.replicaCount' }],
    ],
    [
      { ingress: { hostname: 'x' } },
      [{ path: 'ingress.hostname', kind: 'unknown-key', suggestion: 'ingress.hostName' }],
    ],
    [
      { persistence: { data: { d1: { mountpath: '/d' } } } },
      [{ path: 'persistence.data.d1.mountpath', kind: 'unknown-key', suggestion: 'persistence.data.d1.mountPath' }],
    ],
    [{ completelyUnrelated: 1 }, [{ path: 'completelyUnrelated', kind: 'unknown-key' }]],
    // wrong types
    [{ api: { replicas: '3' } }, [{ path: 'api.replicas', kind: 'wrong-type' }]],
    [{ api: { replicas: 1.5 } }, [{ path: 'api.replicas', kind: 'wrong-type' }]],
    [{ ingress: { enabled: 'true' } }, [{ path: 'ingress.enabled', kind: 'wrong-type' }]],
    [{ redis: { image: { tag: 6 } } }, [{ path: 'redis.image.tag', kind: 'wrong-type' }]],
    // enums, with the nearest allowed value
    [{ serviceType: 'Loadbalancer' }, [{ path: 'serviceType', kind: 'bad-enum', suggestion: 'LoadBalancer' }]],
    [{ api: { imagePullPolicy: 'always' } }, [{ path: 'api.imagePullPolicy', kind: 'bad-enum', suggestion: 'Always' }]],
    [{ 'docker-registry': { storage: 'gcs' } }, [{ path: 'docker-registry.storage', kind: 'bad-enum' }]],
    [
      { tolerations: [{ operator: 'Exist' }] },
      [{ path: 'tolerations[0].operator', kind: 'bad-enum', suggestion: 'Exists' }],
    ],
    [{ deploymentType: 3 }, [{ path: 'deploymentType', kind: 'bad-enum' }]],
    // lists and maps in each other's place
    [{ tolerations: { key: 'a' } }, [{ path: 'tolerations', kind: 'wrong-shape' }]],
    [{ nodeSelector: ['a'] }, [{ path: 'nodeSelector', kind: 'wrong-shape' }]],
    [{ persistence: { data: 'somewhere' } }, [{ path: 'persistence.data', kind: 'wrong-shape' }]],
    [{ api: { resources: { limits: ['1'] } } }, [{ path: 'api.resources.limits', kind: 'wrong-shape' }]],
    [{ api: 'polyaxon/api' }, [{ path: 'api', kind: 'wrong-shape' }]],
  ])('%j', (values, expected) => {
    expect(brief(validate(v(values)))).toEqual(expected);
  });

  it('says what was expected and found', () => {
    expect(validate(v({ api: { replicas: '3' }, serviceType: 'x', tolerations: {} }))).toEqual([
      { path: 'api.replicas', kind: 'wrong-type', expected: 'an integer', found: 'the string "3"' },
      {
        path: 'serviceType',
        kind: 'bad-enum',
        expected: 'one of ClusterIP, NodePort, LoadBalancer, ExternalName',
        found: 'the string "x"',
      },
      { path: 'tolerations', kind: 'wrong-shape', expected: 'a list', found: 'a map' },
    ]);
  });

  it('reports several findings in Go key order, and nothing below a wrong shape', () => {
    const found = validate(v({ z: 1, api: { replica: 1, service: 'x' }, a: 1 }));
    expect(found.map((f) => f.path)).toEqual(['a', 'api.replica', 'api.service', 'z']);
  });

  it('accepts null anywhere: it deletes a default in Helm', () => {
    expect(
      validate(
        v({
          api: null,
          serviceType: null,
          ingress: { annotations: null },
          tolerations: [null],
          redis: { master: null },
        }),
      ),
    ).toEqual([]);
  });

  it('takes int64 values from --set (bigint) as numbers', () => {
    expect(
      validate(v({ api: { replicas: 3n, service: { nodePort: 30080n } }, intervals: { experimentsSync: 5n } })),
    ).toEqual([]);
    expect(brief(validate(v({ api: { image: 3n } })))).toEqual([{ path: 'api.image', kind: 'wrong-type' }]);
  });

  it('accepts free keys where the chart takes any (annotations, node selectors, named volumes)', () => {
    const values = v({
      ingress: { annotations: { 'kubernetes.io/ingress.class': 'nginx', 'x/y': 'z' } },
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      persistence: { data: { 'my data': { mountPath: '/d', store: 's3', bucket: 's3://b' } } },
      'docker-registry': { configData: { proxy: { remoteurl: 'https://registry-1.docker.io' } } },
    });
    expect(validate(values)).toEqual([]);
  });

  it('accepts every chart default as user values', () => {
    const all = polyaxonDefaults();
    for (const [name, defaults] of [
      ['postgresql', postgresqlDefaults],
      ['redis', redisDefaults],
      ['rabbitmq-ha', rabbitmqHaDefaults],
      ['docker-registry', dockerRegistryDefaults],
    ] as const) {
      expect(validate(v({ [name]: defaults() }))).toEqual([]);
    }
    expect(validate(all)).toEqual([]);
  });

  it('refuses values that are not a map at all', () => {
    expect(brief(validate(['a']))).toEqual([{ path: '', kind: 'wrong-shape' }]);
  });
});

describe('formatPath', () => {
  it.each([
    [['api', 'replicas'], 'api.replicas'],
    [['tolerations', 0, 'effect'], 'tolerations[0].effect'],
    [['persistence', 'data', 'my data'], 'persistence.data["my data"]'],
    [['ingress', 'annotations', 'kubernetes.io/ingress.class'], 'ingress.annotations["kubernetes.io/ingress.class"]'],
    [['rabbitmq-ha', 'replicaCount'], 'rabbitmq-ha.replicaCount'],
    [[], ''],
  ])('%j -> %s', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
  });
});

describe('suggestions', () => {
  it.each([
    ['nodeSelectors', 'nodeSelector', 1],
    ['replica', 'replicas', 1],
    ['replicaCont', 'replicaCount', 1],
    ['imagePullPolicy', 'imagePulPolicy', 1],
    ['ab', 'ba', 1], // a swap of neighbours is one edit
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops past a maximum with max + 1, and agrees below it', () => {
    expect(editDistance('replicaCount', 'resources', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3); // lengths alone are too far apart
    expect(editDistance('replicaCont', 'replicaCount', 2)).toBe(1);
    expect(editDistance('abcd', 'badc', 2)).toBe(2); // two swaps
    for (const [a, b] of [
      ['nodeSelectors', 'nodeSelector'],
      ['kitten', 'sitting'],
      ['ab', 'ba'],
      ['podAntiAffinity', 'podAffinity'],
    ]) {
      for (const max of [0, 1, 2, 3, 4, 10])
        expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
    }
  });

  it.each([
    ['nodeselector', ['nodeSelector', 'nodeSelectors'], 'nodeSelector'], // case only wins
    ['replcas', ['replicas', 'resources'], 'replicas'],
    ['xyz', ['replicas', 'resources'], undefined], // too far
    ['imge', ['image', 'imageTag'], 'image'],
    ['tag', ['tags', 'tab'], 'tab'], // a tie goes to the first in sorted order
  ])('nearest(%s) = %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
});

describe('validateUserValues: where findings come from', () => {
  const file = (name: string, text: string) => ({ name, text });

  it('points at the key in the file', () => {
    const text = [
      'api:',
      '  image: x',
      '  replica: 2',
      'nodeSelectors:',
      '  a: b',
      'tolerations:',
      '  - operator: Exist',
      '',
    ].join('\n');
    expect(formatFindings(validateUserValues({ files: [file('values.yaml', text)] }))).toEqual([
      'values.yaml:3: api.replica: unknown key (did you mean api.replicas?)',
      'values.yaml:4: nodeSelectors: unknown key (did you mean nodeSelector?)',
      'values.yaml:7: tolerations[0].operator: expected one of Exists, Equal, found the string "Exist" (did you mean Exists?)',
    ]);
  });

  it('checks --set paths the same way, naming the flag and its argument', () => {
    const found = validateUserValues({ set: ['api.replica=2,serviceType=NodePort'], setString: ['api.replicas=3'] });
    expect(formatFindings(found)).toEqual([
      '--set api.replica=2,serviceType=NodePort: api.replica: unknown key (did you mean api.replicas?)',
      '--set-string api.replicas=3: api.replicas: expected an integer, found the string "3"',
    ]);
    expect(found[0]).toMatchObject({ flag: '--set', arg: 'api.replica=2,serviceType=NodePort', path: 'api.replica' });
  });

  it('blames the last source that wrote the path (the value Helm keeps)', () => {
    const found = validateUserValues({
      files: [file('a.yaml', 'api:\n  replicas: "1"\n'), file('b.yaml', '\n\napi:\n  replicas: "2"\n')],
      set: ['serviceType=Nodeport'],
    });
    expect(formatFindings(found)).toEqual([
      'b.yaml:4: api.replicas: expected an integer, found the string "2"',
      '--set serviceType=Nodeport: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the string "Nodeport" (did you mean NodePort?)',
    ]);
    // A --set over a file's mistake fixes it.
    expect(validateUserValues({ files: [file('a.yaml', 'api:\n  replicas: "1"\n')], set: ['api.replicas=1'] })).toEqual(
      [],
    );
  });

  it('handles --set-json, --set-file and --set-literal', () => {
    const found = validateUserValues({
      setJSON: ['api={"replicas": "x"}'],
      setFile: ['ingress.tls=cert.pem'],
      setLiteral: ['serviceType=a,b'],
      readFile: () => 'PEM',
    });
    expect(formatFindings(found)).toEqual([
      '--set-json api={"replicas": "x"}: api.replicas: expected an integer, found the string "x"',
      '--set-file ingress.tls=cert.pem: ingress.tls: expected a list, found the string "PEM"',
      '--set-literal serviceType=a,b: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the string "a,b"',
    ]);
  });

  // Arguments are parsed again only when they may have written a finding's path: these check that
  // skipping the others (and reusing a caller's merged values) blames the same argument.
  it.each<[string, Omit<ValuesSources, 'merged'>, string[]]>([
    ['the only argument', { set: ['junk={1,2,3}'] }, ['--set junk={1,2,3}: junk: unknown key']],
    ['the last writer', { set: ['junk=1', 'junk=2'] }, ['--set junk=2: junk: unknown key']],
    ['a key spelled with escapes', { set: ['junk=1', 'ju\\nk=2'] }, ['--set ju\\nk=2: junk: unknown key']],
    [
      'not an argument naming the key in a value',
      { set: ['junk=1', 'x=junk'] },
      ['--set junk=1: junk: unknown key', '--set x=junk: x: unknown key'],
    ],
    [
      'the last writer of a nested path',
      { set: ['api.replica=1', 'api.replicas=2'], setString: ['api.replica=x'] },
      ['--set-string api.replica=x: api.replica: unknown key (did you mean api.replicas?)'],
    ],
    [
      'a file under a flag',
      { files: [file('v.yaml', 'junk: 1\n')], set: ['junk=2'] },
      ['--set junk=2: junk: unknown key'],
    ],
    [
      'a flag under nothing',
      { files: [file('v.yaml', 'junk: 1\n')], set: ['x.y=2'] },
      ['v.yaml:1: junk: unknown key', '--set x.y=2: x: unknown key'],
    ],
    [
      'an argument that reads its own null back',
      { files: [file('v.yaml', 'junk: [1]\n')], set: ['junk[0]=null,junk[0][0]=1'] },
      ['--set junk[0]=null,junk[0][0]=1: junk: unknown key'],
    ],
  ])('blames %s', (_, sources, want) => {
    expect(formatFindings(validateUserValues(sources))).toEqual(want);
    const decoded = (sources.files ?? []).map((f) => loadValuesYaml(f.text, f.name));
    const merged = mergeUserValues({ ...sources, files: decoded });
    expect(formatFindings(validateUserValues({ ...sources, decoded, merged }))).toEqual(want);
  });

  it('falls back to the nearest located ancestor (e.g. keys from a merge key)', () => {
    const text = ['base: &b', '  replica: 2', 'api:', '  <<: *b', ''].join('\n');
    const found = formatFindings(validateUserValues({ files: [file('v.yaml', text)] }));
    expect(found).toContain('v.yaml:3: api.replica: unknown key (did you mean api.replicas?)');
  });

  it('throws what rendering would throw for unreadable input', () => {
    expect(() => validateUserValues({ files: [file('bad.yaml', 'a: [')] })).toThrow(/failed to parse bad.yaml/);
    expect(() => validateUserValues({ set: ['a[=1'] })).toThrow(/failed parsing --set data/);
  });

  it('says nothing for clean values', () => {
    expect(
      validateUserValues({ files: [file('v.yaml', 'api:\n  replicas: 2\n')], set: ['serviceType=NodePort'] }),
    ).toEqual([]);
  });
});

describe('valueLines', () => {
  it('records keys and list items by path, with YAML 1.1 boolean keys as Helm names them', () => {
    const lines = valueLines(['a:', '  b: 1', '  c:', '    - x', '    - k: 2', 'on: 1', '"q k": 2', ''].join('\n'));
    expect(Object.fromEntries(lines)).toEqual({
      '["a"]': 1,
      '["a","b"]': 2,
      '["a","c"]': 3,
      '["a","c",0]': 4,
      '["a","c",1]': 5,
      '["a","c",1,"k"]': 5,
      '["true"]': 6,
      '["q k"]': 7,
    });
  });
});

describe('formatFindings', () => {
  it('writes one line per finding, with its place when known', () => {
    const f: Finding = {
      path: 'api.replica',
      kind: 'unknown-key',
      expected: 'a known key',
      found: '"replica"',
      suggestion: 'api.replicas',
    };
    expect(
      formatFindings([
        { ...f, file: 'v.yaml', line: 3 },
        { ...f, file: '-' },
        { ...f, flag: '--set', arg: 'api.replica=2' },
        f,
        { path: 'api.replicas', kind: 'wrong-type', expected: 'an integer', found: 'the string "x"' },
        { path: '', kind: 'wrong-shape', expected: 'a map', found: 'a list' },
      ]),
    ).toEqual([
      'v.yaml:3: api.replica: unknown key (did you mean api.replicas?)',
      '-: api.replica: unknown key (did you mean api.replicas?)',
      '--set api.replica=2: api.replica: unknown key (did you mean api.replicas?)',
      'api.replica: unknown key (did you mean api.replicas?)',
      'api.replicas: expected an integer, found the string "x"',
      '(values): expected a map, found a list',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The walk in validate.ts against ajv on values.schema.json: the same places must be wrong.

const requireHere = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../values.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const Ajv = (requireHere('ajv') as { default: new (o: object) => { compile: (s: object) => AjvValidate } }).default;
interface AjvError {
  instancePath: string;
  keyword: string;
  params: { additionalProperty?: string };
}
type AjvValidate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const ajvValidate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile({
  ...schema,
  $schema: undefined,
});

const pointer = (segments: readonly (string | number)[]) =>
  segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

function ajvPlaces(values: GoValue): string[] {
  const json = JSON.parse(
    JSON.stringify(values, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)),
  ) as unknown;
  ajvValidate(json);
  const places = new Set<string>();
  for (const e of ajvValidate.errors ?? []) {
    if (e.keyword === 'additionalProperties')
      places.add(`${e.instancePath}/${e.params.additionalProperty!.replaceAll('~', '~0').replaceAll('/', '~1')} key`);
    else places.add(`${e.instancePath} value`);
  }
  return [...places].sort();
}

function ourPlaces(values: GoValue): string[] {
  return validateRaw(values)
    .map((f) => `${pointer(f.segments)} ${f.kind === 'unknown-key' ? 'key' : 'value'}`)
    .sort();
}

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every (parent, key) place in a value tree. */
function places(
  value: GoValue,
  out: [GoMap | GoValue[], string | number][] = [],
): [GoMap | GoValue[], string | number][] {
  if (Array.isArray(value)) value.forEach((x, i) => (out.push([value, i]), places(x, out)));
  else if (isMap(value))
    for (const k of Object.keys(value)) {
      out.push([value, k]);
      places(value[k], out);
    }
  return out;
}

const REPLACEMENTS: GoValue[] = [
  'text',
  'NodePort',
  1.5,
  3,
  7n,
  true,
  null,
  [],
  ['a'],
  [{ a: 1 }],
  newMap(),
  v({ x: 'y' }),
];

function mutate(values: GoMap, random: () => number, times: number): GoMap {
  for (let n = 0; n < times; n++) {
    const all = places(values);
    const [parent, key] = all[Math.floor(random() * all.length)];
    if (typeof key === 'string' && random() < 0.4) {
      // A typo in a key: drop, double or swap a letter.
      const map = parent as GoMap;
      const i = Math.floor(random() * key.length);
      const typo = random() < 0.5 ? key.slice(0, i) + key.slice(i + 1) : key.slice(0, i) + key[i] + key.slice(i);
      const value = map[key];
      delete map[key];
      setKey(map, typo || 'x', value);
    } else {
      const value = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
      if (Array.isArray(parent)) parent[key as number] = toGoValue(value);
      else setKey(parent, key as string, toGoValue(value));
    }
  }
  return values;
}

describe('the schema walk agrees with ajv on values.schema.json', () => {
  it('on the chart defaults', () => {
    expect(ajvPlaces(polyaxonDefaults())).toEqual([]);
    expect(ourPlaces(polyaxonDefaults())).toEqual([]);
  });

  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const mutated = (seed: number): GoMap => {
    const random = rng(seed);
    return mutate(polyaxonDefaults(), random, 1 + Math.floor(random() * 6));
  };

  it.each(seeds)('on mutated defaults, seed %i', (seed) => {
    const values = mutated(seed);
    expect(ourPlaces(values)).toEqual(ajvPlaces(values));
  });

  it('mutations that both find something (so the comparison means something)', () => {
    expect(seeds.filter((seed) => ourPlaces(mutated(seed)).length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('on hand-made edge cases', () => {
    for (const values of [
      v({ api: { replicas: 1.0, service: { nodePort: 2 ** 40 } } }),
      v({ persistence: { data: { d: { store: 'S3', readOnly: 'yes' } } } }),
      v({ redis: { master: { affinity: '{{ .Values.x }}' }, global: { imagePullSecrets: [1] } } }),
      v({ ['__proto__']: 1, constructor: { a: 1 } }),
    ]) {
      expect(ourPlaces(values)).toEqual(ajvPlaces(values));
    }
  });
});
