/**
 * Go truthiness. text/template's `if`/`with`/`and`/`or`/`not` use isTrue; sprig's
 * `empty`/`default` use its own copy of the same rule: nil, false, 0, 0.0, "",
 * and empty lists and maps are false.
 */
import { isMap, type GoValue } from '@polyaxon-render/values';

export function truthy(v: GoValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) {
    for (const _ in v) return true;
    return false;
  }
  return true;
}

/** sprig `empty`. */
export function empty(v: GoValue | undefined): boolean {
  return !truthy(v);
}

/** sprig `default`: the given value unless it is empty. */
export function dflt(d: GoValue | undefined, given?: GoValue | undefined): GoValue | undefined {
  return truthy(given) ? given : d;
}

/**
 * text/template `and`: returns the first falsy operand or the last one (Go >= 1.18
 * also short-circuits, so pass thunks where an operand could fail).
 */
export function and(...args: (GoValue | undefined | (() => GoValue | undefined))[]): GoValue | undefined {
  let last: GoValue | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    last = typeof a === 'function' ? a() : a;
    if (!truthy(last)) return last;
  }
  return last;
}

/** text/template `or`: the first truthy operand or the last one. */
export function or(...args: (GoValue | undefined | (() => GoValue | undefined))[]): GoValue | undefined {
  let last: GoValue | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    last = typeof a === 'function' ? a() : a;
    if (truthy(last)) return last;
  }
  return last;
}

/** text/template `not`. */
export function not(v: GoValue | undefined): boolean {
  return !truthy(v);
}
