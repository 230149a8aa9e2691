/**
 * The checks on render()'s options, before anything runs: JavaScript callers are
 * not held to the types, and an option of the wrong kind would otherwise fail deep
 * in a template (`releaseName: 123`), print nonsense (`namespace: {}` as
 * `[object Object]`), or be taken apart (a string `showOnly` read character by
 * character). Each rule names the option and says what it must be; the CLI builds
 * its options from flags, so it never meets these errors, and `seed` has the
 * range of `--seed`.
 */
import { MAX_INPUT_LENGTH, RenderError } from '@polyaxon-render/values';

/** What an option must be: a word for the message and the test. */
interface Rule {
  readonly must: string;
  readonly ok: (v: unknown) => boolean;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isFunction = (v: unknown): boolean => typeof v === 'function';
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

const text: Rule = { must: 'a string', ok: isString };
const flag: Rule = { must: 'a boolean (true or false)', ok: (v) => typeof v === 'boolean' };
const strings: Rule = { must: 'an array of strings', ok: isStringList };
const callback: Rule = { must: 'a function', ok: isFunction };

/** Every option render() takes, and what it must be when given (undefined is always the default). */
const rules: Readonly<Record<string, Rule>> = {
  releaseName: text,
  namespace: text,
  kubeVersion: text,
  apiVersions: strings,
  showOnly: strings,
  noHooks: flag,
  skipTests: flag,
  isUpgrade: flag,
  valueFiles: {
    must: 'an array of { name: string, text: string } (the -f files)',
    ok: (v) =>
      Array.isArray(v) &&
      v.every(
        (f) =>
          typeof f === 'object' &&
          f !== null &&
          isString((f as { name?: unknown }).name) &&
          isString((f as { text?: unknown }).text),
      ),
  },
  set: strings,
  setString: strings,
  setJson: strings,
  setLiteral: strings,
  setFile: strings,
  readFile: callback,
  onUserValues: callback,
  random: {
    must: 'a RandomSource (an object with an alphaNum(n) method)',
    ok: (v) => typeof v === 'object' && v !== null && isFunction((v as { alphaNum?: unknown }).alphaNum),
  },
  seed: {
    // As --seed: the generator takes 32 bits, and a number past them would wrap silently.
    must: 'a whole number from 0 to 4294967295',
    ok: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff,
  },
  warn: callback,
  modernize: flag,
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
    return `${typeof v === 'boolean' ? 'the boolean' : 'the number'} ${String(v)}${typeof v === 'bigint' ? 'n' : ''}`;
  if (typeof v === 'function') return 'a function';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function refuse(name: string, must: string, found: unknown): never {
  throw new RenderError('options', `render options: ${name} must be ${must}, found ${describe(found)}`, {
    path: name,
  });
}

/**
 * Throws RenderError('options') for the first option that is not what it must be
 * (an unknown option is left alone: a typo there is TypeScript's to catch), and for
 * an input text longer than MAX_INPUT_LENGTH (a values file or a flag argument,
 * refused before it is read, as render(values) refuses such a string).
 */
export function checkRenderOptions(options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    refuse('options', 'an object (or left out)', options);
  const o = options as Record<string, unknown>;
  for (const name of Object.keys(rules)) {
    const v = o[name];
    if (v !== undefined && !rules[name].ok(v)) refuse(name, rules[name].must, v);
  }
  const tooLong = (name: string, s: string): void => {
    if (s.length > MAX_INPUT_LENGTH)
      throw new RenderError(
        'limit',
        `render options: ${name} is ${s.length} characters long, more than polyaxon-render takes (${MAX_INPUT_LENGTH})`,
        { path: name },
      );
  };
  for (const f of (o.valueFiles as { name: string; text: string }[] | undefined) ?? [])
    tooLong(`valueFiles (${f.name})`, f.text);
  for (const name of ['set', 'setString', 'setJson', 'setLiteral', 'setFile'])
    for (const arg of (o[name] as string[] | undefined) ?? []) tooLong(name, arg);
}
