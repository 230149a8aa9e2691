/** The functions tpl text may call: text/template builtins, the sprig subset and Helm's include/tpl. */
import {
  type GoValue,
  formatV,
  formatVerb,
  getKey,
  goTypeName,
  isMap,
  sprint,
  sprintfWith,
} from '@polyaxon-render/values';
import { eq as goEq, ge as goGe, gt as goGt, le as goLe, lt as goLt } from '../compare.js';
import { lower, quote, squote, toString, trimSpace, upper } from '../sprig.js';
import { TemplateError } from '../template-error.js';
import { toJson } from '../to-json.js';
import { toYaml } from '../to-yaml.js';
import { empty } from '../truth.js';
import type { Exec } from './exec.js';
import { utf8, utf8Length } from './lexer.js';
import { GoInt, GoStruct, type TplValue, isTrue, plain, unsupported } from './values.js';

/** A function's Go parameter kinds: a Go string, interface{}, or reflect.Value (builtins). */
export type Param = 'string' | 'any' | 'value';

export interface Func {
  readonly params: readonly Param[];
  /** Type of the `...` parameter, if variadic. */
  readonly variadic?: Param;
  readonly call: (args: TplValue[], ex: Exec) => TplValue;
}

function valueArgs(args: TplValue[], what: string): (GoValue | undefined)[] {
  return args.map((a) => plain(a, what));
}

/** eq of two lists or two maps: Go cannot compare them (values of different kinds are "incompatible" instead). */
function nonComparable(a: GoValue | undefined, bs: (GoValue | undefined)[]): void {
  const composite = (v: GoValue | undefined) => Array.isArray(v) || isMap(v);
  if (!composite(a)) return;
  for (const b of bs) {
    if (composite(b) && Array.isArray(a) === Array.isArray(b))
      throw new Error(`non-comparable type ${formatV(a)}: ${goTypeName(a)}`);
    if (b !== null && b !== undefined) return;
  }
}

/** Builtin comparisons from compare.ts, renamed as the function Go reports ("error calling ne: …"). */
function comparison(name: string, f: (a: GoValue | undefined, b: GoValue | undefined) => boolean): Func {
  return {
    params: ['value', 'value'],
    call: (args) => {
      const [a, b] = valueArgs(args, `passing a struct to ${name}`);
      return withoutPrefix(() => f(a ?? null, b ?? null));
    },
  };
}

/** sprig `default`: given[0] unless it is empty (a struct never is). */
function sprigDefault([d, ...given]: TplValue[]): TplValue {
  const g = given.length === 0 ? undefined : given[0];
  if (g instanceof GoStruct) return g;
  return empty(plain(g, 'passing a struct to default')) ? d : g;
}

/** The builtin eq (several right-hand operands allowed). */
function builtinEq(args: TplValue[]): boolean {
  const [a, ...bs] = valueArgs(args, 'passing a struct to eq');
  if (bs.length === 0) throw new Error('missing argument for comparison');
  nonComparable(a, bs);
  return withoutPrefix(() => goEq(a ?? null, ...bs.map((b) => b ?? null)));
}

/** compare.ts words errors as "error calling eq: …"; evalCall adds that prefix with the right name. */
function withoutPrefix<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TemplateError) throw new Error(e.message.replace(/^error calling \w+: /, ''));
    throw e;
  }
}

/** fmt.Sprintln: always a space between operands, and a final newline. */
const sprintln = (args: TplValue[]) => valueArgs(args, 'passing a struct to println').map(formatV).join(' ') + '\n';

export const FUNCS: ReadonlyMap<string, Func> = new Map<string, Func>([
  ['default', { params: ['any'], variadic: 'any', call: sprigDefault }],
  ['quote', { params: [], variadic: 'any', call: (args) => quote(...valueArgs(args, 'passing a struct to quote')) }],
  ['squote', { params: [], variadic: 'any', call: (args) => squote(...valueArgs(args, 'passing a struct to squote')) }],
  ['upper', { params: ['string'], call: ([s]) => upper(s as string) }],
  ['lower', { params: ['string'], call: ([s]) => lower(s as string) }],
  ['trim', { params: ['string'], call: ([s]) => trimSpace(s as string) }],
  ['toString', { params: ['any'], call: ([v]) => toString(plain(v, 'passing a struct to toString')) }],
  ['toYaml', { params: ['any'], call: ([v]) => toYaml(plain(v, 'passing a struct to toYaml')) }],
  ['toJson', { params: ['any'], call: ([v]) => toJson(plain(v, 'passing a struct to toJson')) }],
  ['printf', { params: ['string'], variadic: 'any', call: ([f, ...args]) => goSprintf(f as string, args) }],
  ['print', { params: [], variadic: 'any', call: (args) => sprint(...valueArgs(args, 'passing a struct to print')) }],
  ['println', { params: [], variadic: 'any', call: sprintln }],
  ['include', { params: ['string', 'any'], call: ([name, data], ex) => ex.include(name as string, data) }],
  ['tpl', { params: ['string', 'any'], call: ([text, data], ex) => ex.nestedTpl(text as string, data) }],
  ['not', { params: ['value'], call: ([v]) => !isTrue(v) }],
  ['len', { params: ['value'], call: ([v]) => goLen(v) }],
  ['index', { params: ['value'], variadic: 'value', call: ([item, ...indexes]) => goIndex(item, indexes) }],
  ['eq', { params: ['value'], variadic: 'value', call: builtinEq }],
  ['ne', comparison('ne', (a, b) => (nonComparable(a, [b]), !goEq(a, b)))],
  ['lt', comparison('lt', goLt)],
  ['le', comparison('le', goLe)],
  ['gt', comparison('gt', goGt)],
  ['ge', comparison('ge', goGe)],
]);

/**
 * fmt.Sprintf over tpl operands: as the runtime's sprintf, except for Go ints
 * (template literals, len, .Release.Revision), whose mismatched verbs and
 * EXTRA entries print as `int` rather than int64.
 */
function goSprintf(format: string, args: TplValue[]): string {
  const value = (a: TplValue) => plain(a, 'passing a struct to printf');
  return sprintfWith(
    format,
    args,
    (verb, a) => {
      if (!(a instanceof GoInt)) return formatVerb(verb, value(a));
      return verb === 'd' || verb === 'v' ? a.v.toString() : `%!${verb}(int=${a.v})`;
    },
    (a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatV(value(a))}`),
  );
}

/** Go's builtin len. */
function goLen(v: TplValue): GoInt {
  if (v === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value');
  if (v === null) throw new Error('len of nil pointer');
  if (v instanceof GoStruct) {
    if (v.options.value) return goLen(v.options.value());
    return unsupported('len of a struct');
  }
  if (v instanceof GoInt) throw new Error('len of type int');
  if (typeof v === 'string') return new GoInt(BigInt(utf8Length(v)));
  if (Array.isArray(v)) return new GoInt(BigInt(v.length));
  if (isMap(v)) {
    return new GoInt(BigInt(Object.keys(v).length));
  }
  throw new Error(`len of type ${goTypeName(v)}`);
}

/** Go's builtin index (funcs.go). */
function goIndex(item: TplValue, indexes: TplValue[]): TplValue {
  let cur: TplValue = item === null ? undefined : item;
  if (cur === undefined) throw new Error('index of untyped nil');
  for (const raw of indexes) {
    const index = raw === null ? undefined : raw instanceof GoInt ? raw.v : raw;
    if (cur === null || cur === undefined) throw new Error('index of nil pointer');
    if (cur instanceof GoInt) throw new Error("can't index item of type int");
    if (cur instanceof GoStruct) {
      if (!cur.options.value) return unsupported('index of a struct');
      cur = cur.options.value();
    }
    if (Array.isArray(cur) || typeof cur === 'string') {
      const len = typeof cur === 'string' ? utf8Length(cur) : cur.length;
      let x: bigint;
      if (typeof index === 'bigint') x = index;
      else if (index === undefined) throw new Error('cannot index slice/array with nil');
      else throw new Error(`cannot index slice/array with type ${typeName(raw)}`);
      if (x < 0n || x > BigInt(len)) throw new Error(`index out of range: ${x}`);
      if (x === BigInt(len))
        throw new Error(`reflect: ${typeof cur === 'string' ? 'string' : 'slice'} index out of range`);
      // Indexing a string yields a byte (uint8).
      cur = typeof cur === 'string' ? BigInt(utf8.encode(cur)[Number(x)]) : (cur[Number(x)] ?? null);
    } else if (isMap(cur)) {
      if (index === undefined) throw new Error('value is nil; should be of type string');
      if (typeof index !== 'string') throw new Error(`value has type ${typeName(raw)}; should be string`);
      cur = getKey(cur, index) ?? null;
    } else {
      throw new Error(`can't index item of type ${typeName(cur)}`);
    }
  }
  return cur;
}

export function typeName(v: TplValue): string {
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoInt) return 'int';
  return goTypeName(v);
}
