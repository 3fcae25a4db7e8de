import { afterAll, describe, expect, it } from 'vitest';
import { faultKinds } from '../../harness/faults/registry.ts';
import { checkRetries } from '../../harness/judge/engineering-retries.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import { quickbooks, REALM_ID } from '../../mocks/quickbooks/index.ts';
import { queryFault } from '../runtime/yaml-faults.ts';
import { quotaExhausted } from './quota-exhausted.ts';

// The one registry line a new kind needs (here at run time, since the kind is a test-only example).
faultKinds[quotaExhausted.name] = quotaExhausted;
afterAll(() => delete faultKinds[quotaExhausted.name]);

const QUERY = 'GET /v3/company/{realmId}/query';

describe('a fault kind added in two files (the kind, and this registration)', () => {
  it('is validated through the scenario language with its own schema and defaults', () => {
    expect(queryFault('quota-exhausted')[0]).toMatchObject({ kind: 'quota-exhausted', params: { retryAfterS: 86_400 } });
    expect(() => queryFault('quota-exhausted', '{ retryAfterS: 0 }')).toThrow(/faults\[0\]\.params\.retryAfterS/);
  });

  it('runs through the mock runtime: the provider\'s own 429 with the long Retry-After, journaled', async () => {
    const mocks = await startMockRuntime({ providers: ['quickbooks'] });
    try {
      mocks.applyFaults(queryFault('quota-exhausted', '{ retryAfterS: 7200 }'));
      const url = `${mocks.baseUrls.quickbooks}/v3/company/${REALM_ID}/query?query=${encodeURIComponent('select * from Vendor')}`;
      const response = await fetch(url, { headers: { Authorization: 'Bearer test-token', Accept: 'application/json' } });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7200');
      expect(JSON.stringify(await response.json())).toContain('ThrottleExceeded');
      expect(mocks.journal().at(-1)).toMatchObject({ endpoint: QUERY, status: 429, fault: { kind: 'quota-exhausted' } });
    } finally {
      await mocks.close();
    }
  });

  it('is judged by what it says of itself: not transient, so an unretried read is no finding', () => {
    const endpoint = quickbooks.catalogue.find((e) => e.endpoint === QUERY)!;
    const once = [{ seq: 1, at: 0, provider: 'quickbooks', endpoint: QUERY, method: 'GET', path: '/', query: {}, bodyDigest: null, fault: null, status: 429, durationMs: 5, mutation: false, tookEffect: null }];
    const rules = (kind: string) => checkRetries({ endpoint, provider: 'quickbooks', kind }, once, once, 5).map((f) => f.rule);
    expect(rules('quota-exhausted')).not.toContain('retries-reads');
    expect(rules('outage')).toContain('retries-reads');
  });
});
