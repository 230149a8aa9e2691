/**
 * text/template's comparison functions (Go 1.18+ funcs.go). Operands of different
 * basic kinds cannot be compared: a float64 from a values file against an int
 * literal is "incompatible types for comparison", exactly as in Helm.
 */
import { compareBytes, type GoValue } from '@polyaxon-render/values';
import { TemplateError } from './template-error.js';

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid' | 'other';

function basicKind(v: GoValue | undefined): Kind {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  return 'other';
}

export function eq(a: GoValue | undefined, ...bs: (GoValue | undefined)[]): boolean {
  return equal('eq', a, bs);
}

/** text/template eq; `fn` names the template function in errors (`ne` is implemented with eq in Go too). */
function equal(fn: string, a: GoValue | undefined, bs: (GoValue | undefined)[]): boolean {
  if (bs.length === 0) throw new TemplateError(`error calling ${fn}: missing argument for comparison`);
  const k1 = basicKind(a);
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    const k2 = basicKind(b);
    let truth = false;
    if (k1 !== k2) {
      // Go compares values of different kinds only when one is nil (then unequal).
      if (k1 !== 'invalid' && k2 !== 'invalid')
        throw new TemplateError(`error calling ${fn}: incompatible types for comparison`);
    } else if (k1 === 'invalid') {
      truth = true;
    } else if (k1 === 'other') {
      throw new TemplateError(`error calling ${fn}: non-comparable types`);
    } else {
      truth = a === b;
    }
    if (truth) return true;
  }
  return false;
}

export function ne(a: GoValue | undefined, b: GoValue | undefined): boolean {
  return !equal('ne', a, [b]);
}

function ordered(name: string, a: GoValue | undefined, b: GoValue | undefined): number {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') {
    throw new TemplateError(`error calling ${name}: invalid type for comparison`);
  }
  if (k1 !== k2) throw new TemplateError(`error calling ${name}: incompatible types for comparison`);
  if (k1 === 'bool') throw new TemplateError(`error calling ${name}: invalid type for comparison`);
  if (k1 === 'string') return compareBytes(a as string, b as string);
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

export const lt = (a: GoValue | undefined, b: GoValue | undefined) => ordered('lt', a, b) < 0;
export const le = (a: GoValue | undefined, b: GoValue | undefined) => ordered('le', a, b) <= 0;
export const gt = (a: GoValue | undefined, b: GoValue | undefined) => ordered('gt', a, b) > 0;
export const ge = (a: GoValue | undefined, b: GoValue | undefined) => ordered('ge', a, b) >= 0;
