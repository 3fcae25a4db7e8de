import { describe, expect, it } from 'vitest';
import { EFFECT_HEADER } from './effect.ts';
import { createResponder } from './responder.ts';

const dialect = {
  'not-found': { status: 404, body: { error: 'no {{id}} (req {{requestId}})' } },
  validation: { status: 400, headers: { 'x-reason': '{{reason}}' }, body: { message: '{{message}}' } },
};
let n = 0;
const respond = createResponder({
  name: 'acme',
  dialect,
  contentType: 'application/json; charset=acme',
  vars: () => ({ requestId: `r${++n}`, reason: 'default' }),
  headers: (vars) => ({ 'x-request-id': String(vars.requestId) }),
  dialectHeaders: { [EFFECT_HEADER]: 'none' },
});

describe('createResponder', () => {
  it('checks the dialect on load, naming the file', () => {
    expect(() => createResponder({ name: 'acme', dialect: { outage: { status: 'x' } }, contentType: 'application/json' })).toThrow(/mocks\/acme\/dialect\.json is not a valid dialect/);
  });

  it('answers a dialect entry with fresh send-time vars under the caller\'s, and the provider\'s dialect headers', async () => {
    const response = respond.fromDialect('not-found', { id: 'invoice 7' });
    expect(response.status).toBe(404);
    expect(response.headers.get(EFFECT_HEADER)).toBe('none');
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^no invoice 7 \(req r\d+\)$/) });
    const overridden = respond.fromDialect('validation', { message: 'bad', reason: 'field' }, { status: 422, headers: { 'x-extra': '1' } });
    expect([overridden.status, overridden.headers.get('x-reason'), overridden.headers.get('x-extra')]).toEqual([422, 'field', '1']);
  });

  it('refuses a kind its dialect lacks, own keys only, naming the file', () => {
    expect(() => respond.fromDialect('outage')).toThrow('brownout: mocks/acme/dialect.json has no "outage" entry');
    expect(() => respond.fromDialect('constructor')).toThrow(/has no "constructor" entry/);
    const custom = createResponder({ name: 'acme', dialect, dialectFile: 'providers/acme/dialect.json', contentType: 'application/json' });
    expect(() => custom.fromDialect('outage')).toThrow('brownout: providers/acme/dialect.json has no "outage" entry');
  });

  it("answers JSON with the provider's content type, its headers from the answer's vars, and the effect", async () => {
    const response = respond.json({ ok: 1 }, { status: 201, effect: 'applied', vars: { requestId: 'mine' } });
    expect([response.status, response.headers.get('content-type'), response.headers.get('x-request-id'), response.headers.get(EFFECT_HEADER)]).toEqual([201, 'application/json; charset=acme', 'mine', 'applied']);
    expect(await response.json()).toEqual({ ok: 1 });
    expect(respond.json([]).headers.get(EFFECT_HEADER)).toBeNull();
  });

  it('sends no body and no content type for a 204', async () => {
    const response = respond.json(null, { status: 204, effect: 'applied' });
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([204, null, '']);
    expect(response.headers.get('x-request-id')).toMatch(/^r\d+$/);
  });
});
