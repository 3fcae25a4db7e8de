/**
 * Two Playwright workers, each with its own mock runtime, apply conflicting faults to the same endpoint at the
 * same time (a file barrier holds each until both are applied); each sees only its own faults and journal.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';
import { REALM_ID } from '../../mocks/quickbooks/data.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const REQUESTS = 40;
const BARRIER_MS = 20_000;

const test = base.extend<{ faults: FaultSpec[] }, { mocks: MockRuntime }>({
  // One runtime per worker, as the drill fixtures do.
  mocks: [async ({}, use) => {
    const runtime = await startMockRuntime({ providers: ['quickbooks'] });
    await use(runtime);
    await runtime.close();
  }, { scope: 'worker' }],
  faults: [[], { option: true }],
});
test.describe.configure({ mode: 'parallel' });

// Both workers inherit the run directory from the main process, so it names this run's barrier.
const barrierDir = join(tmpdir(), `brownout-isolation-${basename(process.env.BROWNOUT_RUN_DIR ?? 'local')}`);

/** Marks `me` ready and waits (bounded) until `other` is too; returns the other side's process id. */
async function meetAt(me: string, other: string): Promise<number> {
  mkdirSync(barrierDir, { recursive: true });
  writeFileSync(join(barrierDir, me), String(process.pid));
  await expect.poll(() => existsSync(join(barrierDir, other)), { timeout: BARRIER_MS, message: `worker ${other} never became ready` }).toBe(true);
  return Number(readFileSync(join(barrierDir, other), 'utf8'));
}

/** Fires REQUESTS concurrent queries tagged with `worker` (an extra query parameter) and gives the statuses. */
async function burst(mocks: MockRuntime, worker: string): Promise<number[]> {
  const url = `${mocks.baseUrls.quickbooks}/v3/company/${REALM_ID}/query?query=${encodeURIComponent('select * from Vendor')}&worker=${worker}`;
  const calls = Array.from({ length: REQUESTS }, () => fetch(url, { headers: { authorization: 'Bearer test-access-token' } }).then(async (r) => (await r.arrayBuffer(), r.status)));
  return Promise.all(calls);
}

const sides = [
  { worker: 'A', other: 'B', kind: 'outage', params: { status: 502 }, status: 502 },
  { worker: 'B', other: 'A', kind: 'rate-limit', params: {}, status: 429 },
] as const;

for (const side of sides) {
  test(`worker ${side.worker} sees only its own ${side.kind} and journal while worker ${side.other} faults the same endpoint`, async ({ mocks }, testInfo) => {
    test.skip(testInfo.config.workers < 2, 'needs two workers running at once (npm test runs two)');
    mocks.reset();
    mocks.applyFaults([{ provider: 'quickbooks', endpoint: QUERY, kind: side.kind, probability: 1, when: {}, params: { ...side.params } }]);
    // From here on both faults are applied, in two processes.
    expect(await meetAt(side.worker, side.other)).not.toBe(process.pid);
    const statuses = await burst(mocks, side.worker);
    expect(statuses).toEqual(Array(REQUESTS).fill(side.status));
    const journal = mocks.journal();
    expect(journal).toHaveLength(REQUESTS);
    expect(new Set(journal.map((e) => `${e.query.worker} ${e.fault?.kind} ${e.status}`))).toEqual(new Set([`${side.worker} ${side.kind} ${side.status}`]));
  });
}
