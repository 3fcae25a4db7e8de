/**
 * A path with a malformed percent escape (`%E0%A4%A`, `%ZZ`) used to make every mock answer 500 "URI malformed"
 * (the router decodes path params and throws): the real services' front doors answer 400 before any API code
 * runs, so the mocks do too, and the call is journaled like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';

const providers = Object.keys(builtinProviders).sort();
let mocks: MockRuntime;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers });
});
afterAll(() => mocks.close());

describe('a malformed percent escape in the path', () => {
  it.each(providers)('%s answers 400, not 500, and journals the call', async (slug) => {
    mocks.reset();
    for (const path of ['/v3/company/%E0%A4%A/query', '/v1.0/teams/%ZZ/channels', '/api/%']) {
      const response = await fetch(`${mocks.baseUrls[slug]}${path}`);
      const body = await response.text();
      expect([response.status, body], path).toEqual([400, expect.stringContaining('malformed percent escape')]);
    }
    expect(mocks.journal().filter((e) => e.provider === slug).map((e) => e.status)).toEqual([400, 400, 400]);
  });

  it('a well-formed escape still reaches the handlers', async () => {
    const response = await fetch(`${mocks.baseUrls['google-sheets']}/v4/spreadsheets/nope/values/Sheet1%21A1%3AB2`);
    expect(response.status).not.toBe(400);
    expect(response.status).toBeLessThan(500);
  });
});
