import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { faultKindNames, faultKinds } from './registry.ts';
import { withRetryAfter } from './retry-after.ts';

describe('faultKinds', () => {
  it('registers each kind under its own name', () => {
    expect(faultKindNames()).toEqual([
      'auth-revoked', 'breaking-change', 'empty-response', 'hang', 'latency', 'lost-response', 'maintenance',
      'malformed-body', 'outage', 'partial', 'rate-limit', 'reset', 'slow-body',
    ]);
    for (const [name, kind] of Object.entries(faultKinds)) expect(kind.name).toBe(name);
  });

  it.each(Object.values(faultKinds))('$name takes no params thanks to its defaults, and refuses unknown ones', (kind) => {
    expect(kind.params.safeParse({}).success).toBe(true);
    expect(kind.params.safeParse({ bogus: 1 }).success).toBe(false);
    expect(kind.summary.length).toBeGreaterThan(20);
  });
});

describe('what the kinds say of themselves', () => {
  it("README's fault-kind table lists every registered kind, and only those", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('\n## Fault kinds\n')[1]!.split('\n## ')[0]!;
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(faultKindNames());
  });

  it.each(Object.values(builtinProviders))("$name's dialect has every entry a kind answers with", (provider) => {
    const needed = [...new Set(Object.values(faultKinds).flatMap((k) => k.dialectKeys))];
    expect(Object.keys(provider.dialect)).toEqual(expect.arrayContaining(needed));
  });
});

describe('withRetryAfter', () => {
  const response = () => new Response('', { headers: { 'Retry-After': '60' } });

  it('keeps the dialect value when omitted, overrides it with seconds, and removes it for null', () => {
    expect(withRetryAfter(response(), undefined).headers.get('retry-after')).toBe('60');
    expect(withRetryAfter(response(), 5).headers.get('retry-after')).toBe('5');
    expect(withRetryAfter(response(), null).headers.get('retry-after')).toBeNull();
  });
});
