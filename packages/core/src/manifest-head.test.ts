import { describe, expect, it } from 'vitest';
import { RenderError } from '@polyaxon-render/values';
import { fastHead } from './fast-head.js';
import { parseHead, parseHeadFully } from './manifest-head.js';

const head = 'apiVersion: v1\nkind: A\nmetadata:\n  name: x\n';

describe('parseHead: what sigs.k8s.io/yaml cannot turn into JSON fails the render', () => {
  it.each([
    ['a flow mapping as a key (an unrendered `{{ x }}`)', `${head}spec:\n  type: {{ .Release.Name }}\n`, 'invalid map key'],
    ['a sequence as a key', `${head}spec:\n  ? [a]\n  : b\n`, 'invalid map key'],
    ['a null key', `${head}spec:\n  null: x\n`, 'unsupported map key'],
    ['a null annotation key', `${head}  annotations:\n    a: "1"\n    null: "x"\n`, 'unsupported map key'],
    ['a ~ key in a flow mapping', `${head}spec: {~: x}\n`, 'unsupported map key'],
    ['an empty key', `${head}data:\n  a: b\n  : "c"\n`, 'unsupported map key'],
    ['a key past int64 (uint64 in yaml.v2)', `${head}spec:\n  18446744073709551615: x\n`, 'uint64'],
    ['a plain .inf', `${head}spec:\n  a: .inf\n`, '+Inf'],
    ['a plain -.Inf in a flow sequence', `${head}spec:\n  a: [1, -.Inf]\n`, '-Inf'],
    ['a plain .nan', `${head}spec:\n  - .NaN\n`, 'NaN'],
    ['an alias without its anchor', `${head}spec:\n  a: *star\n`, "unknown anchor 'star'"],
    ['an alias without its anchor as a key', `${head}spec:\n  *k : 1\n`, "unknown anchor 'k'"],
    ['number annotations', `${head}  annotations: 1000000\n`, 'cannot unmarshal number into Go struct field .metadata.annotations'],
    ['string annotations', `${head}  annotations: "a: b"\n`, 'cannot unmarshal string'],
    ['a list of annotations', `${head}  annotations:\n  - a\n`, 'cannot unmarshal array'],
    ['a string metadata', 'apiVersion: v1\nkind: A\nmetadata: x\n', 'cannot unmarshal string into Go struct field SimpleHead.metadata'],
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
    ['a double-quoted value', `${head}spec:\n  template:\n    spec:\n      priorityClassName: "line1\nline2\n"\n      nodeSelector:\n        Always\n`],
    ['a single-quoted value', `${head}spec:\n  a: 'x\ny'\n  b: 1\n`],
    ['a sequence item', `${head}spec:\n  args:\n  - "a\nb"\n  - c\n`],
    ['a flow sequence', `${head}spec:\n  imagePullSecrets:\n    - name: [x\ty\n  z\n]\n`],
    ['a flow mapping holding a quoted scalar', `${head}spec:\n  a: {b: 1,\nc: "2\nd"\n}\n  e: f\n`],
    ['a flow sequence with a comment', `${head}spec:\n  a: [x, # c\ny]\n`],
  ])('accepts %s', (_what, doc) => {
    expect(parseHead(doc, 'c/templates/x.yaml').name).toBe('x');
  });

  it('folds the value as libyaml does', () => {
    expect(parseHeadFully('apiVersion: v1\nkind: A\nmetadata:\n  name: "x\ny"\n  annotations:\n    a: "p\n\n  q"\n', 'f')).toEqual({
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
