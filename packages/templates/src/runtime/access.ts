/**
 * Field chains as text/template evaluates them (`.Values.a.b.c`): a missing map
 * key yields the zero value (Helm runs templates with missingkey=zero), a field
 * of that nil is a nil-pointer error, a field of a non-map is "can't evaluate".
 */
import { getKey, isMap, type GoValue } from '@polyaxon-render/values';
import { goTypeName } from './go-fmt.js';
import { TemplateError, nilPointer } from './template-error.js';

export function field(v: GoValue | undefined, ...keys: string[]): GoValue | undefined {
  // fieldAt's loop, not a call to it: one call more on each of the ~700 reads a render measured slower.
  let cur = v;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (cur === null || cur === undefined) throw nilPointer(k, keys);
    // isMap and getKey written out: templates run mostly in V8's baseline code, which inlines no call.
    if (typeof cur !== 'object' || Array.isArray(cur)) throw cannotEvaluate(k, keys);
    cur = Object.hasOwn(cur, k) ? cur[k] : undefined;
  }
  return cur;
}

/**
 * `field` of a chain the caller holds as an array: a helper that takes the keys as
 * rest parameters passes its array on, rather than spreading it into a new one (a
 * spread call and a second array on each of the ~700 reads a render makes).
 */
export function fieldAt(v: GoValue | undefined, keys: readonly string[]): GoValue | undefined {
  let cur = v;
  // An index loop: templates call this a thousand times a render, mostly once each, where an
  // array iterator costs the interpreter more than the lookups.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (cur === null || cur === undefined) throw nilPointer(k, keys);
    // As in field.
    if (typeof cur !== 'object' || Array.isArray(cur)) throw cannotEvaluate(k, keys);
    cur = Object.hasOwn(cur, k) ? cur[k] : undefined;
  }
  return cur;
}

/** A field of a non-map: Go names the static type of the map element, always interface {} for values. */
function cannotEvaluate(k: string, keys: readonly string[]): TemplateError {
  return new TemplateError(`can't evaluate field ${k} in type interface {}`, false, undefined, undefined, {
    key: { kind: 'field', keys },
  });
}

/**
 * text/template's builtin `index`: map lookup (missing key -> nil) or list index
 * (out of range is an error); indexing nil is Go's "index of untyped nil". Every
 * failure is an error the builtin returns, so evalCall prefixes "error calling index: ".
 */
export function index(v: GoValue | undefined, ...keys: (string | bigint)[]): GoValue | undefined {
  let cur = v;
  for (const k of keys) {
    if (cur === null || cur === undefined) throw new TemplateError('error calling index: index of untyped nil');
    if (Array.isArray(cur)) {
      if (typeof k !== 'bigint')
        throw new TemplateError('error calling index: cannot index slice/array with type string');
      const i = Number(k);
      if (i < 0 || i >= cur.length) throw new TemplateError(`error calling index: index out of range: ${i}`);
      cur = cur[i];
    } else if (isMap(cur)) {
      if (typeof k !== 'string') throw new TemplateError('error calling index: value has type int; should be string');
      cur = getKey(cur, k);
    } else {
      throw new TemplateError(`error calling index: can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}
