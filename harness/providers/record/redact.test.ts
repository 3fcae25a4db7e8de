import { describe, expect, it } from 'vitest';
import { redactBody, redactHeaders } from './redact.ts';

describe('redaction', () => {
  it('replaces named headers whatever their case', () => {
    expect(redactHeaders([{ name: 'Authorization', value: 'Bearer x' }, { name: 'accept', value: '*/*' }], new Set(['authorization']))).toEqual([{ name: 'Authorization', value: 'REDACTED' }, { name: 'accept', value: '*/*' }]);
  });

  it('replaces named fields at any depth of a JSON body, and in a form body', () => {
    const fields = new Set(['password', 'card_number']);
    expect(JSON.parse(redactBody('{"user":{"password":"p","name":"n"},"cards":[{"card_number":"4242"}]}', 'application/json', fields))).toEqual({ user: { password: 'REDACTED', name: 'n' }, cards: [{ card_number: 'REDACTED' }] });
    expect(redactBody('password=p&name=n', 'application/x-www-form-urlencoded', fields)).toBe('password=REDACTED&name=n');
    expect(redactBody('not json', 'application/json', fields)).toBe('not json');
  });
});
