import { describe, expect, it } from 'vitest';
import { RenderError } from '@polyaxon-render/values';
import { parseArgs } from './parse-args.js';

const flags = (argv: string[]) => Object.fromEntries(parseArgs(argv).flags);

describe('parseArgs (pflag rules)', () => {
  it.each<[string[], Record<string, string[]>]>([
    [['-f', 'a.yaml'], { values: ['a.yaml'] }],
    [['-fa.yaml'], { values: ['a.yaml'] }],
    [['-f=a.yaml'], { values: ['a.yaml'] }],
    [['-f='], { values: ['='] }], // pflag: `-x=` with nothing after '=' is the value "="
    [['--values=a.yaml'], { values: ['a.yaml'] }],
    [['--values', 'a.yaml,b.yaml', '-f', 'c.yaml'], { values: ['a.yaml', 'b.yaml', 'c.yaml'] }], // stringSlice: CSV, appended
    [['-f', '"a,b.yaml",c.yaml'], { values: ['a,b.yaml', 'c.yaml'] }], // CSV quoting
    [['-f', '"say ""hi""".yaml'.replace('.yaml', '')], { values: ['say "hi"'] }],
    [['-f', 'a.yaml\nb.yaml'], { values: ['a.yaml'] }], // encoding/csv reads one record
    [['-f', '\na.yaml'], { values: ['a.yaml'] }], // csv skips leading empty lines
    [['-f', ''], { values: [] }],
    [['--set', 'a=1,b=2', '--set', 'c=3'], { set: ['a=1,b=2', 'c=3'] }], // stringArray: no CSV
    [['-s', 'x', '--show-only=y'], { 'show-only': ['x', 'y'] }],
    [['-n', 'a', '--namespace', 'b'], { namespace: ['b'] }], // string: last wins
    [['-nteam'], { namespace: ['team'] }],
    [['--no-hooks'], { 'no-hooks': ['true'] }],
    [['--no-hooks=false'], { 'no-hooks': ['false'] }],
    [['--no-hooks=T'], { 'no-hooks': ['true'] }], // strconv.ParseBool
    [['--no-hooks=0'], { 'no-hooks': ['false'] }],
    [['-gs', 'x'], { 'generate-name': ['true'], 'show-only': ['x'] }], // combined shorthands
    [['-gsx'], { 'generate-name': ['true'], 'show-only': ['x'] }],
    [['--dry-run'], { 'dry-run': ['client'] }], // NoOptDefVal
    [['--dry-run=server'], { 'dry-run': ['server'] }],
    [['--version'], { version: [''] }],
    [['--version', '0.5.5'], { version: ['0.5.5'] }],
    [['--version', '-f', 'a'], { version: [''], values: ['a'] }],
    [['--version=~0.5'], { version: ['~0.5'] }],
  ])('%j', (argv, want) => {
    expect(flags(argv)).toEqual(want);
  });

  it('keeps positionals in order, flags interspersed, and everything after --', () => {
    const p = parseArgs(['px', '-f', 'a', 'chart', '--', '--set', '-']);
    expect(p.positionals).toEqual(['px', 'chart', '--set', '-']);
    expect(p.flags.get('values')).toEqual(['a']);
  });

  it('treats a lone "-" as an argument', () => {
    expect(parseArgs(['-']).positionals).toEqual(['-']);
  });

  it.each<[string[], string]>([
    [['--bogus'], 'unknown flag: --bogus'],
    [['--bogus=1'], 'unknown flag: --bogus'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-gx'], "unknown shorthand flag: 'x' in -x"],
    [['-g='], "unknown shorthand flag: '=' in -="],
    [['---x'], 'bad flag syntax: ---x'],
    [['--=x'], 'bad flag syntax: --=x'],
    [['--set'], 'flag needs an argument: --set'],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [
      ['--no-hooks=maybe'],
      'invalid argument "maybe" for "--no-hooks" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      ['-f', '"a'],
      'invalid argument "\\"a" for "-f, --values" flag: parse error on line 1, column 3: extraneous or missing " in quoted-field',
    ],
    [
      ['-a', 'v1,ba"d'],
      'invalid argument "v1,ba\\"d" for "-a, --api-versions" flag: parse error on line 1, column 6: bare " in non-quoted-field',
    ],
    [
      ['-f', '"a"b'],
      'invalid argument "\\"a\\"b" for "-f, --values" flag: parse error on line 1, column 3: extraneous or missing " in quoted-field',
    ],
    [
      ['-f', 'x,"a"b'],
      'invalid argument "x,\\"a\\"b" for "-f, --values" flag: parse error on line 1, column 5: extraneous or missing " in quoted-field',
    ],
    [['-f', '\n'], 'invalid argument "\\n" for "-f, --values" flag: EOF'],
  ])('%j fails: %s', (argv, message) => {
    let err: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toBe(message);
    expect((err as RenderError).exitCode).toBe(2);
  });
});
