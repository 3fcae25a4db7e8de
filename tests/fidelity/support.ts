/** What every fidelity suite shares: one provider's mocks per file, a fault builder, and a rejection catcher. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';

/**
 * Starts `provider`'s mocks before the file's tests (handing the runtime to `started`), resets them before each
 * test (no faults, empty journal, seeded state) and closes them after.
 * @example let mocks: MockRuntime; useProviderMocks('slack', (m) => (mocks = m));
 */
export function useProviderMocks(provider: string, started: (mocks: MockRuntime) => void): void {
  let mocks: MockRuntime | undefined;
  beforeAll(async () => {
    // SDK fidelity: the mocks check identity as the real services do (by default they accept any token).
    mocks = await startMockRuntime({ providers: [provider], strictAuth: true });
    started(mocks);
  });
  beforeEach(() => mocks?.reset());
  afterAll(() => mocks?.close());
}

/** A builder of always-on faults on `provider`'s endpoints, as a scenario's loader would produce them. */
export const faultOn =
  (provider: string) =>
  (endpoint: string, kind: string, extra: Partial<FaultSpec> = {}): FaultSpec => ({ provider, endpoint, kind, probability: 1, when: {}, params: {}, ...extra });

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: PromiseLike<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
