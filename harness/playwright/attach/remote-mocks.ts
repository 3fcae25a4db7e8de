import type { FaultSpec } from '../../scenario/types.ts';
import type { JournalEntry, MockRuntime } from '../../runtime/types.ts';

/** Mocks served by a `brownout mocks` elsewhere, driven through its control API. */
export interface RemoteMocks extends MockRuntime {
  /** Replaces the remote's faults with these (after a full reset) and waits until they are active. */
  prepare(faults: FaultSpec[]): Promise<void>;
}

const JOURNAL_POLL_MS = 100;

/** A fault as the control API takes it: the scenario's YAML envelope (durations back to `Nms`). */
function toEnvelope(fault: FaultSpec): Record<string, unknown> {
  const { forMs, flap, ...when } = fault.when;
  return {
    provider: fault.provider, endpoint: fault.endpoint, kind: fault.kind, probability: fault.probability, params: fault.params,
    when: { ...when, ...(forMs !== undefined ? { for: `${forMs}ms` } : {}), ...(flap ? { flap: { up: `${flap.upMs}ms`, down: `${flap.downMs}ms`, ...(flap.startDown ? { startDown: true } : {}) } } : {}) },
    ...(fault.match ? { match: fault.match } : {}),
  };
}

/**
 * Connects to a control API (`brownout mocks`) and checks it serves every provider the config uses. The
 * journal is mirrored by polling while a drill runs (every 100 ms), since the judge reads it synchronously;
 * requests in flight at the remote are not visible (inFlight() is 0), so the observer settles on the page alone.
 * @example const mocks = await connectControlApi('http://127.0.0.1:4100', ['slack']);
 */
export async function connectControlApi(url: string, providers: readonly string[], token?: string): Promise<RemoteMocks> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const call = async (method: string, path: string, body?: unknown) => {
    let response: Response;
    try {
      response = await fetch(new URL(path, url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(5000) });
    } catch (error) {
      throw new Error(`brownout: the control API at ${url} did not answer ${method} ${path} (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}). Fix: start it with \`brownout mocks\` and set product.running.control to the URL it prints.`);
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`brownout: the control API at ${url} refused ${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  const served = (await call('GET', '/providers')) as { name: string; baseUrl: string }[];
  const missing = providers.filter((p) => !served.some((s) => s.name === p));
  if (missing.length > 0) {
    throw new Error(`brownout: the control API at ${url} serves ${served.map((s) => s.name).join(', ') || 'no provider'}, not ${missing.join(', ')}, which the config uses. Fix: start \`brownout mocks\` with those providers, or remove them from providers.use.`);
  }
  let mirror: JournalEntry[] = [];
  let poller: ReturnType<typeof setInterval> | undefined;
  const refresh = async () => {
    mirror = (await call('GET', '/journal?limit=1000')) as JournalEntry[];
  };
  return {
    baseUrls: Object.fromEntries(served.filter((s) => providers.includes(s.name)).map((s) => [s.name, s.baseUrl])),
    async prepare(faults) {
      await call('POST', '/reset');
      if (faults.length > 0) await call('POST', '/faults', faults.map(toEnvelope));
      mirror = [];
      clearInterval(poller);
      poller = setInterval(() => void refresh().catch(() => undefined), JOURNAL_POLL_MS);
    },
    // Done remotely by prepare(), awaited before the flow starts; the drill's own calls are no-ops.
    applyFaults() {},
    markAction: () => call('POST', '/action').then(() => undefined),
    reset() {},
    resetFaults() {
      clearInterval(poller);
      void call('DELETE', '/faults').catch(() => undefined);
    },
    journal: () => mirror,
    clearJournal() {
      mirror = [];
    },
    inFlight: () => 0,
    async close() {
      clearInterval(poller);
      await call('DELETE', '/faults').catch(() => undefined);
    },
  };
}
