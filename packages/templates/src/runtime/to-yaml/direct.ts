/**
 * The direct path: what the three steps of sigs.k8s.io/yaml.Marshal produce,
 * written straight out for the values templates print most (resources, selectors,
 * security contexts): maps and lists of plain-looking strings, numbers, booleans
 * and nulls. Any other value goes the full way; a property test compares the two
 * on generated values.
 */
import { type GoMap, type GoValue, formatFloatG } from '@polyaxon-render/values';
import { INT64_MIN, UINT64_MAX } from './json-round-trip.js';
import { RESOLVE_MAP } from './resolve.js';
import { sortKeyList } from './sorter.js';

/**
 * Strings that come back unchanged from JSON, read back as strings when plain
 * (no YAML 1.1 number, time or word: checked with RESOLVE_MAP) and that the
 * emitter writes plain on one line, keys included: a first character that is no
 * sign, dot, blank or indicator other than ":", then no blank, "#", "," or
 * bracket, and no ":" at the end (a ":" before a non-blank is no indicator in
 * block context, as in ":5000"). A leading digit must be followed somewhere by a
 * letter no number or timestamp syntax has (not a-f, o, t, x, z: hex digits,
 * prefixes 0o/0x, exponents, "T", "Z"), as in "150m" or "200Mi"; base 60
 * numbers ("1:20") have none either.
 */
const DIRECT_STRING = /^(?:[A-Za-z_/:]|[0-9](?=[\w./:-]*[g-np-suvwyG-NP-SU-WY]))[\w./:-]*(?<!:)$/;

/** Strings of decimal digits short enough that strconv.ParseInt reads every one (at most 18 digits). */
const DIGITS = /^[0-9]{1,18}$/;

/** Keys up to 128 bytes are simple keys ("key: value"); DIRECT_STRING keys are ASCII. */
const SIMPLE_KEY_MAX = 128;

/** Keys whose natural order (keyLess) is their byte order: letters only. */
const LETTER_KEY = /^[A-Za-z]+$/;

/**
 * marshalTrimmed's text for a value the direct path covers, else undefined; with
 * `pad`, every line of it starts with the pad (what sprig's `indent` would make of
 * it: the direct path writes no multi-line scalar, so every line break starts a line).
 */
export function directYaml(v: GoValue | undefined, pad = ''): string | undefined {
  if (typeof v !== 'object' || v === null) {
    const s = directScalar(v);
    return s === undefined ? undefined : pad + s;
  }
  if (Array.isArray(v)) return v.length === 0 ? pad + '[]' : directSeq(v, pad, false);
  const keys = directKeys(v);
  if (keys === undefined) return undefined;
  return keys.length === 0 ? pad + '{}' : directMap(v, keys, pad, false);
}

/** A scalar's plain text, as jsonRoundTrip then toNode/writePlainScalar give it. */
function directScalar(x: GoValue | undefined): string | undefined {
  switch (typeof x) {
    case 'string':
      // A YAML 1.1 word ("true", "on", "null") or up to 18 decimal digits ("1", "9121", "0755": an int
      // or float to resolve.go, as ParseInt takes every such string or ParseFloat the rest) would read
      // back as another type, so encode.go stringv double-quotes it; these need no escape.
      if (DIRECT_STRING.test(x)) return RESOLVE_MAP.has(x) ? '"' + x + '"' : x;
      return DIGITS.test(x) ? '"' + x + '"' : undefined;
    case 'boolean':
      return x ? 'true' : 'false';
    case 'number':
      // A whole float64 comes back from JSON as an int (-0 as 0); others as the same float.
      if (Number.isSafeInteger(x)) return String(x);
      return Number.isFinite(x) && !Number.isInteger(x) ? formatFloatG(x) : undefined;
    case 'bigint':
      return x >= INT64_MIN && x <= UINT64_MAX ? x.toString() : undefined;
    case 'undefined':
      return 'null';
  }
  return x === null ? 'null' : undefined;
}

/**
 * A map's keys that hold a value, in yaml.v2's order, or undefined when one is
 * not a DIRECT_STRING. The order is found as the full path finds it: keys by
 * bytes (json.Marshal), then a stable sort by keyLess (for ASCII keys, no
 * integer-like ones, JavaScript's default sort is the byte order and
 * Object.keys keeps insertion order). Keys that come in that order already
 * (most: coalesced tables keep sorted keys) are not sorted again.
 */
function directKeys(m: GoMap): string[] | undefined {
  const all = Object.keys(m);
  let letters = true;
  let sorted = true;
  let holes = false;
  for (let i = 0; i < all.length; i++) {
    const k = all[i];
    if (k.length > SIMPLE_KEY_MAX || RESOLVE_MAP.has(k)) return undefined;
    // Letters only is a DIRECT_STRING too: one pattern for most keys.
    if (!LETTER_KEY.test(k)) {
      if (!DIRECT_STRING.test(k)) return undefined;
      letters = false;
    }
    if (i > 0 && all[i - 1] > k) sorted = false;
    if (m[k] === undefined) holes = true;
  }
  const keys = sorted ? all : all.sort();
  const live = holes ? keys.filter((k) => m[k] !== undefined) : keys;
  if (letters || live.length < 2) return live;
  // Before the natural sort (the costly step for thousands of keys): a string value the direct path
  // cannot write sends the map the full way, which sorts again.
  for (const k of live) {
    const x = m[k];
    if (typeof x === 'string' && directScalar(x) === undefined) return undefined;
  }
  return sortKeyList(live);
}

/** After "key:": the value on the same line, or a block below it (no line break after either). */
function directAfterKey(x: GoValue | undefined, pad: string): string | undefined {
  if (typeof x !== 'object' || x === null) {
    const s = directScalar(x);
    return s === undefined ? undefined : ' ' + s;
  }
  if (Array.isArray(x)) {
    if (x.length === 0) return ' []';
    // A sequence that is a mapping value is not indented ("key:\n- item").
    const body = directSeq(x, pad, false);
    return body === undefined ? undefined : '\n' + body;
  }
  const keys = directKeys(x);
  if (keys === undefined) return undefined;
  if (keys.length === 0) return ' {}';
  const body = directMap(x, keys, pad + '  ', false);
  return body === undefined ? undefined : '\n' + body;
}

/** After "-": the item; a collection starts on the dash's line ("- a: 1", "- - 1"). No line break after it. */
function directAfterDash(x: GoValue | undefined, pad: string): string | undefined {
  if (typeof x !== 'object' || x === null) {
    const s = directScalar(x);
    return s === undefined ? undefined : ' ' + s;
  }
  if (Array.isArray(x)) {
    if (x.length === 0) return ' []';
    const body = directSeq(x, pad + '  ', true);
    return body === undefined ? undefined : ' ' + body;
  }
  const keys = directKeys(x);
  if (keys === undefined) return undefined;
  if (keys.length === 0) return ' {}';
  const body = directMap(x, keys, pad + '  ', true);
  return body === undefined ? undefined : ' ' + body;
}

/**
 * A block mapping's lines at indentation `pad`, one line break between them and none
 * after the last (marshalTrimmed's final one is never written, so no text is copied to
 * take it off); `inline`: the first follows a dash.
 */
function directMap(m: GoMap, keys: string[], pad: string, inline: boolean): string | undefined {
  const next = '\n' + pad;
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const rest = directAfterKey(m[keys[i]], pad);
    if (rest === undefined) return undefined;
    out += (i === 0 ? (inline ? '' : pad) : next) + keys[i] + ':' + rest;
  }
  return out;
}

/** A block sequence's lines at indentation `pad`, as directMap's; `inline`: the first follows a dash. */
function directSeq(a: GoValue[], pad: string, inline: boolean): string | undefined {
  const next = '\n' + pad;
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const rest = directAfterDash(a[i], pad);
    if (rest === undefined) return undefined;
    out += (i === 0 ? (inline ? '' : pad) : next) + '-' + rest;
  }
  return out;
}
