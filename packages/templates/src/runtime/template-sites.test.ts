/**
 * Locating template errors in the site tables: each row is a failure as a port raises it and
 * the text Helm v3.17.3 prints for it (from the golden cases and the failing-values fuzz).
 */
import { describe, expect, it } from 'vitest';
import { configStoresSecretsLogs } from '../polyaxon/templates/partials/_stores.js';
import { testContext } from '../testing/context.js';
import { TemplateError, type SiteKey } from './template-error.js';
import { locateIn } from './template-sites.js';

const context = (values: Record<string, unknown> = {}) => testContext({ values });

const logsError = () => {
  try {
    configStoresSecretsLogs(context({ 'persistence.logs': null }));
  } catch (e) {
    return e as TemplateError;
  }
  throw new Error('no error');
};

describe('locateIn', () => {
  it('locates an error in the define it happens in (define wrapper)', () => {
    const e = logsError();
    expect(e.message).toBe(
      'template: polyaxon/templates/partials/_stores.tpl:22:14: executing "config.storesSecrets.logs" at <.Values.persistence.logs.store>: nil pointer evaluating interface {}.store',
    );
    expect(e.location).toMatchObject({ template: 'polyaxon/templates/partials/_stores.tpl', line: 22, column: 14 });
  });

  it('wraps it at the include that ran it, with the include chain', () => {
    const file = 'polyaxon/templates/scheduler-deployment.yaml';
    const e = locateIn(logsError(), { file, name: file }) as TemplateError;
    expect(e.message).toBe(
      `template: ${file}:55:3: executing "${file}" at <include "config.storesSecrets.logs" .>: error calling include: ${logsError().message}`,
    );
    expect(e.location?.expression).toBe('include "config.storesSecrets.logs" .');
    expect(e.includes.map((l) => `${l.template}:${l.line}:${l.column}`)).toEqual([
      'polyaxon/templates/partials/_stores.tpl:22:14',
    ]);
  });

  const secrets = 'polyaxon/templates/secrets.yaml';
  it.each<[string, SiteKey, Record<string, unknown>, string]>([
    // Two piped b64enc calls; the operand's value says which failed (Go: 26:61, not the first).
    [
      'invalid value; expected string',
      { kind: 'call', fn: 'b64enc', param: 0, arg: 0, value: null },
      { polyaxonSecret: 'x', internalToken: null },
      `template: ${secrets}:26:61: executing "${secrets}" at <b64enc>: invalid value; expected string`,
    ],
    // A field chain that reads fine is passed over for the one that fails.
    [
      "can't evaluate field hostPassword in type interface {}",
      { kind: 'field', keys: ['hostPassword'] },
      { email: false },
      `template: ${secrets}:35:16: executing "${secrets}" at <.Values.email.hostPassword>: can't evaluate field hostPassword in type interface {}`,
    ],
  ])('%s', (message, key, values, expected) => {
    const v = context(values).Values;
    const e = locateIn(
      new TemplateError(message, false, undefined, undefined, { key }),
      {
        file: secrets,
        name: secrets,
      },
      v,
    ) as TemplateError;
    expect(e.message).toBe(expected);
  });

  it('leaves an error whose action is not in the scope as it was', () => {
    const e = new TemplateError('x', false, undefined, undefined, { key: { kind: 'field', keys: ['nowhere'] } });
    expect(locateIn(e, { file: secrets, name: secrets })).toBe(e);
  });
});
