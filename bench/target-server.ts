/**
 * One benchmark target, run in a child process so the load generator never shares its event loop:
 * `node --import tsx bench/target-server.ts <target>` prints `{"url": ...}` once listening and serves
 * until SIGTERM. Targets: express, settimeout, runtime-1, runtime-50, runtime-50-faults100, runtime-latency.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { startMockRuntime } from '../harness/runtime/mock-runtime.ts';
import type { FaultSpec } from '../harness/scenario/types.ts';
import { benchBodyText, benchPath, LATENCY_MS, nonMatchingFaults, syntheticProvider } from './synthetic-provider.ts';

async function expressTarget(delayMs: number): Promise<string> {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/bench/:route/:id', (_req, res) => {
    const send = () => void res.type('application/json').send(benchBodyText);
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function runtimeTarget(handlers: number, faults: FaultSpec[]): Promise<string> {
  const runtime = await startMockRuntime({ definitions: { bench: syntheticProvider(handlers) } });
  runtime.applyFaults(faults);
  // The journal grows with every request; a bench run stays bounded, and clearing it keeps memory flat.
  setInterval(() => runtime.clearJournal(), 1000).unref();
  return runtime.baseUrls.bench!;
}

const targets: Record<string, () => Promise<{ base: string; path: string }>> = {
  express: async () => ({ base: await expressTarget(0), path: benchPath(0) }),
  settimeout: async () => ({ base: await expressTarget(LATENCY_MS), path: benchPath(0) }),
  'runtime-1': async () => ({ base: await runtimeTarget(1, []), path: benchPath(0) }),
  'runtime-50': async () => ({ base: await runtimeTarget(50, []), path: benchPath(49) }),
  'runtime-50-faults100': async () => ({ base: await runtimeTarget(50, nonMatchingFaults(50)), path: benchPath(49) }),
  'runtime-latency': async () => ({
    base: await runtimeTarget(1, [{ provider: 'bench', endpoint: 'GET /bench/r0/{id}', kind: 'latency', probability: 1, when: {}, params: { ms: LATENCY_MS } }]),
    path: benchPath(0),
  }),
};

const name = process.argv[2] ?? '';
const start = targets[name];
if (!start) {
  console.error(`brownout bench: unknown target "${name}"; targets: ${Object.keys(targets).join(', ')}.`);
  process.exit(2);
}
const { base, path } = await start();
console.log(JSON.stringify({ url: `${base}${path}` }));
process.once('SIGTERM', () => process.exit(0));
