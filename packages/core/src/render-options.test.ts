import { describe, expect, it } from 'vitest';
import { RenderError, render, renderDocuments, renderNotes, seededRandom, type RenderOptions } from './index.js';
import { MAX_INPUT_LENGTH } from '@polyaxon-render/values';

/** Each row: options as a JavaScript caller may pass them, and the message render() must refuse them with. */
const refused: [string, unknown, string][] = [
  ['null options', null, 'render options: options must be an object (or left out), found null'],
  ['array options', [], 'render options: options must be an object (or left out), found an array'],
  ['string options', 'px', 'render options: options must be an object (or left out), found the string "px"'],
  ['a number releaseName', { releaseName: 123 }, 'render options: releaseName must be a string, found the number 123'],
  ['an object namespace', { namespace: {} }, 'render options: namespace must be a string, found an object'],
  ['a number kubeVersion', { kubeVersion: 1.2 }, 'render options: kubeVersion must be a string, found the number 1.2'],
  [
    'a string showOnly',
    { showOnly: 'templates/cm.yaml' },
    'render options: showOnly must be an array of strings, found the string "templates/cm.yaml"',
  ],
  [
    'a string apiVersions',
    { apiVersions: 'v1' },
    'render options: apiVersions must be an array of strings, found the string "v1"',
  ],
  ['a number in set', { set: ['a=1', 2] }, 'render options: set must be an array of strings, found an array'],
  ['a string set', { set: 'a=1' }, 'render options: set must be an array of strings, found the string "a=1"'],
  [
    'a string valueFiles',
    { valueFiles: 'values.yaml' },
    'render options: valueFiles must be an array of { name: string, text: string } (the -f files), found the string "values.yaml"',
  ],
  [
    'a valueFiles entry without text',
    { valueFiles: [{ name: 'a.yaml' }] },
    'render options: valueFiles must be an array of { name: string, text: string } (the -f files), found an array',
  ],
  [
    'a string noHooks',
    { noHooks: 'yes' },
    'render options: noHooks must be a boolean (true or false), found the string "yes"',
  ],
  [
    'a bigint seed',
    { seed: 7n },
    'render options: seed must be a whole number from 0 to 4294967295, found the number 7n',
  ],
  [
    'a negative seed',
    { seed: -1 },
    'render options: seed must be a whole number from 0 to 4294967295, found the number -1',
  ],
  [
    'a seed past 32 bits',
    { seed: 4294967296 },
    'render options: seed must be a whole number from 0 to 4294967295, found the number 4294967296',
  ],
  [
    'a fractional seed',
    { seed: 1.5 },
    'render options: seed must be a whole number from 0 to 4294967295, found the number 1.5',
  ],
  [
    'a NaN seed',
    { seed: NaN },
    'render options: seed must be a whole number from 0 to 4294967295, found the number NaN',
  ],
  [
    'an empty random',
    { random: {} },
    'render options: random must be a RandomSource (an object with an alphaNum(n) method), found an object',
  ],
  ['a string warn', { warn: 'console' }, 'render options: warn must be a function, found the string "console"'],
  ['a string readFile', { readFile: 'x' }, 'render options: readFile must be a function, found the string "x"'],
];

describe('render() options are checked: RenderError code options, naming the option and what it must be', () => {
  for (const [name, options, message] of refused) {
    it(name, async () => {
      for (const call of [
        () => render({}, options as RenderOptions),
        () => renderDocuments({}, options as RenderOptions),
      ]) {
        let err: unknown;
        try {
          call();
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(RenderError);
        expect((err as RenderError).code).toBe('options');
        expect((err as RenderError).message).toBe(message);
      }
      await expect(renderNotes({}, options as RenderOptions)).rejects.toThrow(message);
    });
  }

  it('takes every option of the right kind, and the seed range as --seed has it', () => {
    const ok: RenderOptions = {
      releaseName: 'px',
      namespace: 'ns',
      kubeVersion: '1.20',
      apiVersions: ['x/v1'],
      showOnly: ['templates/api-svc.yaml'],
      noHooks: true,
      skipTests: false,
      isUpgrade: false,
      valueFiles: [{ name: 'a.yaml', text: 'api:\n  replicas: 2\n' }],
      set: ['serviceType=NodePort'],
      setString: [],
      setJson: [],
      setLiteral: [],
      setFile: [],
      readFile: () => '',
      seed: 4294967295,
      warn: () => {},
    };
    expect(render({}, ok)).toMatch(/name: px-polyaxon-api/);
    expect(render({}, { seed: 0 })).toBe(render({}, { seed: 0 }));
    expect(render({}, { random: seededRandom(3) })).toBe(render({}, { seed: 3 }));
  });
});

describe('values Helm cannot represent, and sizes JavaScript cannot hold, are refused', () => {
  const rows: [string, unknown, string, string][] = [
    ['NaN', { nodeSelector: { x: NaN } }, 'values', 'render(values): json: unsupported value: NaN at nodeSelector.x'],
    ['Infinity', { a: [1, Infinity] }, 'values', 'render(values): json: unsupported value: +Inf at a[1]'],
    ['-Infinity', { a: -Infinity }, 'values', 'render(values): json: unsupported value: -Inf at a'],
  ];
  for (const [name, values, code, message] of rows) {
    it(name, () => {
      expect(() => render(values as never)).toThrow(message);
      try {
        render(values as never);
      } catch (e) {
        expect((e as RenderError).code).toBe(code);
      }
    });
  }

  it('a string longer than MAX_INPUT_LENGTH, in values or a values file, before memory runs out', () => {
    const big = 'x'.repeat(MAX_INPUT_LENGTH + 1);
    const cases: [() => unknown, RegExp][] = [
      [() => render({ nodeSelector: { big } } as never), /longer than polyaxon-render takes .* at nodeSelector\.big$/],
      [
        () => render({}, { valueFiles: [{ name: 'big.yaml', text: big }] }),
        /valueFiles \(big\.yaml\) is 67108865 characters long/,
      ],
      [() => render({}, { set: [`a=${big}`] }), /set is 67108867 characters long/],
    ];
    for (const [call, message] of cases) {
      let err: unknown;
      try {
        call();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect((err as RenderError).code).toBe('limit');
      expect((err as RenderError).message).toMatch(message);
    }
  });
});
