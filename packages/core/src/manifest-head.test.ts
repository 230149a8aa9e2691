import { describe, expect, it } from 'vitest';
import { RenderError } from '@polyaxon-render/values';
import { fastHead } from './fast-head.js';
import { parseHead, parseHeadFully } from './manifest-head.js';

const head = 'apiVersion: v1\nkind: A\nmetadata:\n  name: x\n';

describe('parseHeadFully: libyaml decides the implicit key limit', () => {
  const k = 'k'.repeat(1024);
  it('reads a key of 1024 characters after a key with an empty value (the yaml package would refuse it)', () => {
    expect(parseHeadFully(`${head}spec:\n  a:\n  ${k}: v\n  b: {c: d}\n`, 'x')).toEqual({
      apiVersion: 'v1',
      kind: 'A',
      name: 'x',
      annotations: undefined,
    });
  });
  it('refuses one of 1025 as libyaml does', () => {
    expect(() => parseHeadFully(`${head}spec:\n  a:\n  ${k}k: v\n`, 'x')).toThrow(
      "yaml: line 7: could not find expected ':'",
    );
  });
});

describe('parseHead: what sigs.k8s.io/yaml cannot turn into JSON fails the render', () => {
  it.each([
    [
      'a flow mapping as a key (an unrendered `{{ x }}`)',
      `${head}spec:\n  type: {{ .Release.Name }}\n`,
      'invalid map key',
    ],
    ['a sequence as a key', `${head}spec:\n  ? [a]\n  : b\n`, 'invalid map key'],
    [
      'an unknown anchor before a syntax error',
      `${head}spec:\n  a: *x\n  b: [\n`,
      "yaml: unknown anchor 'x' referenced",
    ],
    [
      'an unknown anchor inside an unclosed flow sequence',
      `${head}spec:\n  b: [\n  a: *x\n`,
      "yaml: unknown anchor 'x' referenced",
    ],
    [
      'an unknown anchor read as libyaml reads it',
      `${head}spec:\n  a: *x:\n  b: - c\n`,
      "yaml: unknown anchor 'x' referenced",
    ],
    [
      // The alias token waits for the scanner to learn whether it is a key: at the mapping's column it must be,
      // and the scanner fails before the parser ever sees the alias (Helm: "could not find expected ':'").
      'an unknown anchor where a key must be',
      `${head}spec:
  a: 1
*x`,
      // (libyaml ends the stream on a line of its own: the line after the last.)
      "yaml: line 8: could not find expected ':'",
    ],
    [
      'a syntax error before an unknown anchor',
      `${head}spec:\n  b: - c\n  a: *x\n`,
      'yaml: line 6: block sequence entries are not allowed in this context',
    ],
    ['a null key', `${head}spec:\n  null: x\n`, 'unsupported map key'],
    ['a null annotation key', `${head}  annotations:\n    a: "1"\n    null: "x"\n`, 'unsupported map key'],
    ['a ~ key in a flow mapping', `${head}spec: {~: x}\n`, 'unsupported map key'],
    [
      'a null key',
      `${head}data:\n  a: b\n  ~: "c"\n`,
      'unsupported map key of type: %!s(<nil>), key: <nil>, value: "c"',
    ],
    ['an empty key (libyaml: no key)', `${head}data:\n  a: b\n  : "c"\n`, 'yaml: line 6: did not find expected key'],
    ['a key past int64 (uint64 in yaml.v2)', `${head}spec:\n  18446744073709551615: x\n`, 'uint64'],
    ['a plain .inf', `${head}spec:\n  a: .inf\n`, '+Inf'],
    ['a plain -.Inf in a flow sequence', `${head}spec:\n  a: [1, -.Inf]\n`, '-Inf'],
    ['a plain .nan', `${head}spec:\n  - .NaN\n`, 'NaN'],
    ['an alias without its anchor', `${head}spec:\n  a: *star\n`, "unknown anchor 'star'"],
    ['an alias without its anchor as a key', `${head}spec:\n  *k : 1\n`, "unknown anchor 'k'"],
    [
      'number annotations',
      `${head}  annotations: 1000000\n`,
      'cannot unmarshal number into Go struct field .metadata.annotations',
    ],
    ['string annotations', `${head}  annotations: "a: b"\n`, 'cannot unmarshal string'],
    ['a list of annotations', `${head}  annotations:\n  - a\n`, 'cannot unmarshal array'],
    [
      'a string metadata',
      'apiVersion: v1\nkind: A\nmetadata: x\n',
      'cannot unmarshal string into Go struct field SimpleHead.metadata',
    ],
    ['a bool metadata', 'apiVersion: v1\nkind: A\nmetadata: true\n', 'cannot unmarshal bool'],
    ['a merge key with a string', `${head}data:\n  <<: "x"\n`, 'map merge requires map'],
    ['a merge key with null', `${head}data:\n  <<:\n`, 'map merge requires map'],
    ['a merge key with a list holding a scalar', `${head}data:\n  <<: [{a: 1}, 3]\n`, 'map merge requires map'],
  ])('%s', (_what, doc, message) => {
    expect(() => parseHead(doc, 'c/templates/x.yaml')).toThrow(RenderError);
    expect(() => parseHead(doc, 'c/templates/x.yaml')).toThrow(message);
  });

  it.each([
    ['an int64 key', `${head}spec:\n  9223372036854775807: x\n`],
    ['a negative key past int64 (a float64 key)', `${head}spec:\n  -9223372036854775809: x\n`],
    ['a quoted "null" key', `${head}spec:\n  "null": x\n`],
    ['a bool key', `${head}spec:\n  yes: x\n`],
    ['a null value', `${head}spec:\n  a: null\n  b: ~\n`],
    ['1e400 (a string for yaml.v2)', `${head}spec:\n  a: 1e400\n`],
    ['a quoted ".inf"', `${head}spec:\n  a: ".inf"\n`],
    ['an alias of a mapping used twice', `${head}spec:\n  a: &x {b: 1}\n  c: *x\n`],
    ['null annotations', `${head}  annotations: ~\n`],
    ['a merge key with a mapping', `${head}data:\n  <<: {a: 1}\n  b: 2\n`],
    ['a merge key with a list of mappings and an alias', `${head}x: &m {a: 1}\ndata:\n  <<: [*m, {b: 2}]\n`],
    ['a quoted "<<" key', `${head}data:\n  "<<": x\n`],
    ['empty annotations', `${head}  annotations:\n`],
    ['a null metadata', 'apiVersion: v1\nkind: A\nmetadata:\n'],
  ])('accepts %s', (_what, doc) => {
    expect(parseHead(doc, 'c/templates/x.yaml').kind).toBe('A');
  });

  it.each([
    ['a scalar metadata', 'apiVersion: v1\nkind: A\nmetadata: x\n'],
    ['a list of annotations', `${head}  annotations:\n  - a\n`],
    ['a list as metadata', 'apiVersion: v1\nkind: A\nmetadata:\n  - a\n'],
    ['a null key', `${head}spec:\n  null: x\n`],
    ['a NULL annotation key', `${head}  annotations:\n    NULL: "x"\n`],
    ['a key past int64', `${head}spec:\n  18446744073709551615: x\n`],
    ['a null key in a flow mapping', `${head}spec: {null: x}\n`],
    ['a plain .inf', `${head}spec:\n  a: .inf\n`],
    ['a plain .nan in a flow sequence', `${head}spec: [.nan]\n`],
  ])('the fast path leaves %s to the full parser', (_what, doc) => {
    expect(fastHead(doc)).toBeUndefined();
  });
});

describe('parseHead: quoted scalars and flow collections whose continuation lines are not indented (libyaml accepts them)', () => {
  // Each checked with Helm 3.17.3 on a probe chart printing the document as is.
  it.each([
    [
      'a double-quoted value',
      `${head}spec:\n  template:\n    spec:\n      priorityClassName: "line1\nline2\n"\n      nodeSelector:\n        Always\n`,
    ],
    ['a single-quoted value', `${head}spec:\n  a: 'x\ny'\n  b: 1\n`],
    ['a sequence item', `${head}spec:\n  args:\n  - "a\nb"\n  - c\n`],
    ['a flow sequence', `${head}spec:\n  imagePullSecrets:\n    - name: [x\ty\n  z\n]\n`],
    ['a flow mapping holding a quoted scalar', `${head}spec:\n  a: {b: 1,\nc: "2\nd"\n}\n  e: f\n`],
    ['a flow sequence with a comment', `${head}spec:\n  a: [x, # c\ny]\n`],
  ])('accepts %s', (_what, doc) => {
    expect(parseHead(doc, 'c/templates/x.yaml').name).toBe('x');
  });

  it('folds the value as libyaml does', () => {
    expect(
      parseHeadFully('apiVersion: v1\nkind: A\nmetadata:\n  name: "x\ny"\n  annotations:\n    a: "p\n\n  q"\n', 'f'),
    ).toEqual({
      apiVersion: 'v1',
      kind: 'A',
      name: 'x y',
      annotations: new Map([['a', 'p\nq']]),
    });
  });

  it.each([
    ['a quoted key over two lines', `${head}spec:\n  "a\nb": c\n`],
    ['a document end marker inside the scalar', `${head}spec:\n  a: "x\n...\ny"\n`],
    ['a document end marker inside a flow sequence', `${head}spec:\n  a: [x\n...\n]\n`],
  ])('still rejects %s', (_what, doc) => {
    expect(() => parseHead(doc, 'c/templates/x.yaml')).toThrow(RenderError);
  });
});

describe('parseHead: NEL, LS and PS are line breaks for libyaml', () => {
  // Each checked with Helm 3.17.3 on a probe chart printing the document as is.
  it.each([
    ['LS in a plain value', `${head}spec:\n  a: b\u2028c\n`],
    ['NEL in a plain value', `${head}spec:\n  a: b\u0085c\n`],
    ['PS in a plain value', `${head}spec:\n  a: b\u2029  c\n`],
    ['LS in a block scalar', `${head}spec:\n  a: |\n    b\u2028c\n`],
  ])('rejects %s', (_what, doc) => {
    expect(fastHead(doc)).toBeUndefined();
    expect(() => parseHead(doc, 'c/templates/x.yaml')).toThrow(RenderError);
  });

  it.each([
    ['LS in a quoted value', `${head}spec:\n  a: "b\u2028c"\n`, undefined],
    ['NEL in a quoted value (folds)', `${head}spec:\n  a: "b\u0085c"\n`, undefined],
    ['LS followed by an indented line', `${head}spec:\n  a: b\u2028    c\n`, undefined],
    ['LS in a comment', `${head}spec:\n  a: b # x\u2028c: d\n`, undefined],
    ['NEL in a quoted annotation', `${head}  annotations:\n    a: "p\u0085q"\n`, new Map([['a', 'p q']])],
    ['LS in a quoted annotation', `${head}  annotations:\n    a: "p\u2028q"\n`, new Map([['a', 'p\u2028q']])],
  ])('accepts %s', (_what, doc, annotations) => {
    expect(parseHead(doc, 'c/templates/x.yaml')).toEqual({ apiVersion: 'v1', kind: 'A', name: 'x', annotations });
  });
});

// Each checked with Helm 3.17.3 on a probe chart printing the document as is.
describe('parseHead: what libyaml refuses before it parses, and documents that are not mappings', () => {
  it.each([
    ['a C0 control in a plain value', `${head}data:\n  a: b\x01c\n`],
    ['DEL in a comment', `${head}# x\x7f\ndata:\n  a: b\n`],
    ['a C0 control in a block scalar', `${head}data:\n  a: |\n    x\x1fy\n`],
    ['a C1 control in a quoted value', `${head}data:\n  a: "b\x9f"\n`],
    ['U+FFFE', `${head}data:\n  a: \ufffe\n`],
    [
      'a control character after a syntax error in the same 512 bytes',
      `${head}data:\n  a: b: c\n  d: ${'x'.repeat(400)}\x01\n`,
    ],
  ])('rejects %s', (_what, doc) => {
    expect(fastHead(doc)).toBeUndefined();
    expect(() => parseHead(doc, 'c/templates/x.yaml')).toThrow(
      'YAML parse error on c/templates/x.yaml: error converting YAML to JSON: yaml: control characters are not allowed',
    );
  });

  it('reports a syntax error more than 512 bytes before a control character (libyaml reads 512 bytes at a time)', () => {
    const doc = `${head}data:\n  a: b: c\n  d: ${'x'.repeat(600)}\x01\n`;
    expect(() => parseHead(doc, 'x')).toThrow(RenderError);
    expect(() => parseHead(doc, 'x')).not.toThrow('control characters');
  });

  it('accepts tab, NBSP and the characters above the C1 controls', () => {
    expect(parseHead(`${head}data:\n  a: "b\tc\u00a0\ud7ff\ue000\ufffd\u{10000}"\n`, 'x').kind).toBe('A');
  });

  it.each([
    ['a list', '- a\n- b\n', 'array'],
    ['a string', 'just a string\n', 'string'],
    ['a quoted number', '"1"\n', 'string'],
    ['a timestamp (a string for yaml.v2)', '2001-12-14\n', 'string'],
    ['a number', '1\n', 'number'],
    ['a bool', 'true\n', 'bool'],
  ])('rejects a document that is %s', (_what, doc, json) => {
    expect(() => parseHead(doc, 'x')).toThrow(
      `YAML parse error on x: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${json} into Go value of type releaseutil.SimpleHead`,
    );
  });

  it('reads a document that is null as an empty head', () => {
    expect(parseHead('~\n', 'x')).toEqual({ apiVersion: '', kind: '', name: '', annotations: undefined });
  });

  it.each([
    [
      'a lone CR ending a block scalar (then a sequence in a mapping)',
      `${head}data:\n  k: |\n    qu\r  - v\n`,
      undefined,
    ],
    ['a lone CR in a quoted annotation (folds)', `${head}  annotations:\n    a: "p\rq"\n`, new Map([['a', 'p q']])],
    [
      'a lone CR ending an annotation',
      `${head}  annotations:\n    helm.sh/hook: pre-install\rdata:\n  a: b\n`,
      new Map([['helm.sh/hook', 'pre-install']]),
    ],
  ])('reads %s as libyaml does', (_what, doc, annotations) => {
    expect(fastHead(doc)).toBeUndefined();
    if (annotations === undefined) expect(() => parseHead(doc, 'x')).toThrow(RenderError);
    else expect(parseHead(doc, 'x').annotations).toEqual(annotations);
  });
});

describe('parseHead: a repeated key keeps its last value (yaml.v2 decodes mappings into Go maps)', () => {
  it.each([
    ['kind', 'apiVersion: v1\nkind: A\nkind: B\n', { apiVersion: 'v1', kind: 'B', name: '', annotations: undefined }],
    [
      'metadata',
      'apiVersion: v1\nkind: A\nmetadata:\n  annotations:\n    helm.sh/hook: bogus\nmetadata:\n  name: z\n',
      { apiVersion: 'v1', kind: 'A', name: 'z', annotations: undefined },
    ],
    [
      'an annotation',
      `${head}  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook: bogus\n`,
      { apiVersion: 'v1', kind: 'A', name: 'x', annotations: new Map([['helm.sh/hook', 'bogus']]) },
    ],
    [
      'annotations',
      `${head}  annotations:\n    a: b\n  annotations:\n    c: d\n`,
      { apiVersion: 'v1', kind: 'A', name: 'x', annotations: new Map([['c', 'd']]) },
    ],
  ])('%s', (_what, doc, expected) => {
    expect(parseHead(doc, 'x')).toEqual(expected);
  });
});
