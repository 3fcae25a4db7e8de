// Every built-in provider's dialect, checked the same way: each entry renders with no placeholder left, as the
// content type it declares, and the kinds that read a dialect all have an entry.
import { describe, expect, it } from 'vitest';
import { dialectResponse } from './kit/dialect.ts';
import { builtinProviders } from './index.ts';

const kinds = ['outage', 'maintenance', 'rate-limit', 'auth-revoked', 'not-found', 'validation', 'deprecated', 'version-gone'];

describe.each(Object.values(builtinProviders))('$name dialect', (provider) => {
  it.each(Object.keys(provider.dialect))('renders %s with every placeholder filled', async (kind) => {
    const response = dialectResponse(provider, kind);
    const text = await response.text();
    expect(text).not.toMatch(/\{\{/);
    expect([...response.headers.values()].join(' ')).not.toMatch(/\{\{/);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('has an entry for every fault kind that reads a dialect', () => {
    expect(Object.keys(provider.dialect)).toEqual(expect.arrayContaining(kinds));
  });
});
