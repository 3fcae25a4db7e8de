import { describe, expect, it } from 'vitest';
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

describe('withRetryAfter', () => {
  const response = () => new Response('', { headers: { 'Retry-After': '60' } });

  it('keeps the dialect value when omitted, overrides it with seconds, and removes it for null', () => {
    expect(withRetryAfter(response(), undefined).headers.get('retry-after')).toBe('60');
    expect(withRetryAfter(response(), 5).headers.get('retry-after')).toBe('5');
    expect(withRetryAfter(response(), null).headers.get('retry-after')).toBeNull();
  });
});
