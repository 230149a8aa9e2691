/**
 * A pflag-compatible command-line parser for the flags in cli-flags.ts:
 * `--name=value`, `--name value`, `-x value`, `-xvalue`, `--` ends flags,
 * bools take `--b=false`, stringSlice values split as CSV (pflag reads them
 * with encoding/csv, so `-f a.yaml,b.yaml` is two files).
 */
import { RenderError, goQuote } from '@polyaxon-render/values';
import { flagSpecs, type FlagSpec } from './cli-flags.js';

export interface ParsedArgs {
  readonly positionals: string[];
  /** Flag name -> values in command-line order (bools: "true"/"false"). */
  readonly flags: Map<string, string[]>;
}

const byName = new Map(flagSpecs.map((f) => [f.name, f]));
const byShort = new Map(flagSpecs.filter((f) => f.short).map((f) => [f.short!, f]));

function usage(msg: string): RenderError {
  return new RenderError('usage', msg);
}

/** pflag's wording for a value its Set refused: `invalid argument "v" for "-f, --values" flag: why` (%q quoting). */
function invalid(spec: FlagSpec, value: string, why: string): RenderError {
  const name = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
  return new RenderError('usage', `invalid argument ${goQuote(value)} for ${goQuote(name)} flag: ${why}`, {
    flag: `--${spec.name}`,
  });
}

function add(flags: Map<string, string[]>, spec: FlagSpec, value: string): void {
  let values = [value];
  if (spec.kind === 'stringSlice') values = value === '' ? [] : splitCsv(value, spec);
  if (spec.kind === 'bool' && value !== 'true' && value !== 'false') {
    const b = parseGoBool(value);
    if (b === undefined) throw invalid(spec, value, `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
    values = [String(b)];
  }
  const list = flags.get(spec.name) ?? [];
  if (spec.kind === 'string' || spec.kind === 'bool') list.length = 0;
  list.push(...values);
  flags.set(spec.name, list);
}

/** strconv.ParseBool */
function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/**
 * encoding/csv reading one record, as pflag's stringSlice does: fields split at
 * commas, `"…"` fields with `""` escapes, and the record (so the flag value)
 * ends at the first unquoted newline.
 */
function splitCsv(text: string, spec: FlagSpec): string[] {
  const out: string[] = [];
  // csv skips empty lines before the first record.
  const record = text.replace(/^(\r?\n)+/, '');
  if (record === '') throw invalid(spec, text, 'EOF');
  const nl = firstUnquotedNewline(record);
  const s = nl < 0 ? record : record.slice(0, nl).replace(/\r$/, '');
  const bad = (col: number, what: string) => invalid(spec, text, `parse error on line 1, column ${col}: ${what}`);
  let i = 0;
  while (i <= s.length) {
    if (s[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) throw bad(s.length + 1, 'extraneous or missing " in quoted-field');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      // csv names the column of the closing quote (1-based), which is i here.
      if (i < s.length && s[i] !== ',') throw bad(i, 'extraneous or missing " in quoted-field');
      out.push(v);
      i++;
    } else {
      const j = s.indexOf(',', i);
      const end = j < 0 ? s.length : j;
      const field = s.slice(i, end);
      if (field.includes('"')) throw bad(i + field.indexOf('"') + 1, 'bare " in non-quoted-field');
      out.push(field);
      i = end + 1;
    }
  }
  return out;
}

/** Where encoding/csv's first record ends: the first newline outside quotes (-1: none). Leading empty lines are skipped as csv skips them. */
function firstUnquotedNewline(s: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === '\n' && !quoted) return i;
  }
  return -1;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (name === '' || name.startsWith('-')) throw usage(`bad flag syntax: ${a}`);
      const spec = byName.get(name);
      if (!spec) throw usage(`unknown flag: --${name}`);
      if (eq >= 0) add(flags, spec, a.slice(eq + 1));
      else if (spec.kind === 'bool') add(flags, spec, 'true');
      else if (spec.optionalValue !== undefined) {
        // Not pflag: a value is taken only when the next argument looks like a version.
        if (i + 1 < argv.length && /^[v=~^<>!*0-9]/.test(argv[i + 1])) add(flags, spec, argv[++i]);
        else add(flags, spec, '');
      } else if (spec.noOptDefault !== undefined) add(flags, spec, spec.noOptDefault);
      else {
        if (i + 1 >= argv.length) throw usage(`flag needs an argument: --${name}`);
        add(flags, spec, argv[++i]);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // Shorthand flags may be combined (-gs x) as in pflag.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const spec = byShort.get(c);
        // pflag names what is left of the shorthand group, from the unknown letter on.
        if (!spec) throw usage(`unknown shorthand flag: '${c}' in -${a.slice(j)}`);
        // pflag: `-x=value` only when something follows the '='.
        const withEq = a[j + 1] === '=' && a.length > j + 2;
        if (spec.kind === 'bool') {
          if (withEq) {
            add(flags, spec, a.slice(j + 2));
            break;
          }
          add(flags, spec, 'true');
          continue;
        }
        const rest = withEq ? a.slice(j + 2) : a.slice(j + 1);
        if (rest !== '') add(flags, spec, rest);
        else {
          if (i + 1 >= argv.length) throw usage(`flag needs an argument: '${c}' in -${c}`);
          add(flags, spec, argv[++i]);
        }
        break;
      }
      continue;
    }
    positionals.push(a);
  }
  return { positionals, flags };
}
