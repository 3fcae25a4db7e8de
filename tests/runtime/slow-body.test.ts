import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { queryFault } from './yaml-faults.ts';

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('slow-body', () => {
  it('sends the headers at once and the last byte of the body after overMs', async () => {
    mocks.applyFaults(queryFault('slow-body', '{ overMs: 2s, chunks: 4 }'));
    const started = performance.now();
    const response = await qbo.query('select * from Vendor');
    const headersAfter = performance.now() - started;
    const chunksAt: number[] = [];
    const reader = response.body!.getReader();
    let text = '';
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunksAt.push(performance.now() - started);
      text += new TextDecoder().decode(read.value);
    }
    expect(response.status).toBe(200);
    // Headers long before the body: bounds generous for a loaded machine (CI ran this at load 30), still far apart.
    expect(headersAfter).toBeLessThan(1000);
    expect(chunksAt.at(-1)!).toBeGreaterThanOrEqual(1990);
    expect(chunksAt.at(-1)!).toBeLessThan(5000);
    expect(chunksAt.length).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(text).QueryResponse.Vendor.length).toBeGreaterThan(0);
    expect(mocks.journal()[0]).toMatchObject({ status: 200, fault: { kind: 'slow-body', details: { overMs: 2000 } } });
    expect(mocks.journal()[0]!.durationMs).toBeGreaterThanOrEqual(1990);
  });

  it('trips a client deadline on the whole response though the headers came in time', async () => {
    // The deadline leaves the headers time on a loaded machine and falls well inside the 8 s body.
    mocks.applyFaults(queryFault('slow-body', '{ overMs: 8s }'));
    const response = await qbo.query('select * from Vendor', { signal: AbortSignal.timeout(2000) });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(/abort|timeout/i);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: 200, fault: { kind: 'slow-body' } });
    expect(mocks.journal()[0]!.durationMs).toBeLessThan(6000);
  });
});
