import { describe, expect, it } from 'vitest';
import { dialectResponse, fillPlaceholders, renderDialect } from './dialect.ts';
import { quickbooks } from '../quickbooks/index.ts';

describe('fillPlaceholders', () => {
  it('fills placeholders inside strings and keeps a lone placeholder its own type', () => {
    expect(fillPlaceholders({ a: 'at {{time}}', b: ['{{timeMs}}'], c: '{{unknown}}' }, { time: 'noon', timeMs: 5 })).toEqual({ a: 'at noon', b: [5], c: '{{unknown}}' });
  });
});

describe('renderDialect', () => {
  it('applies status and header overrides and the entry defaults', async () => {
    const response = renderDialect({ status: 503, headers: { 'Retry-After': '60' }, body: { detail: '{{detail}}' }, vars: { detail: 'down' } }, { status: 500, headers: { 'retry-after': '5' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ detail: 'down' });
  });
});

describe('dialectResponse', () => {
  it("uses the provider's send-time values (QuickBooks time with its offset)", async () => {
    const body = await dialectResponse(quickbooks, 'outage').json();
    expect(body.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-0[78]:00$/);
    expect(body.Fault.type).toBe('SystemFault');
  });

  it('names the known entries when a kind has none', () => {
    expect(() => dialectResponse(quickbooks, 'teapot')).toThrow(/no dialect entry "teapot"; it has: auth-revoked, deprecated, forbidden, maintenance, not-found, outage, rate-limit, validation, version-gone/);
  });

  it('reads own entries only: a prototype property name is no entry (never an empty 200)', () => {
    for (const name of ['constructor', 'toString', '__proto__']) expect(() => dialectResponse(quickbooks, name)).toThrow(`no dialect entry "${name}"`);
  });
});
