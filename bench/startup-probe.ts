/**
 * Child-process probe: how long every registered provider takes to import and start, and what memory they
 * add, measured in a fresh process. Prints one JSON line and exits.
 */
export {};

const before = process.memoryUsage();
const t0 = performance.now();
const { builtinProviders } = await import('../mocks/index.ts');
const { startMockRuntime } = await import('../harness/runtime/mock-runtime.ts');
const t1 = performance.now();
const runtime = await startMockRuntime();
const t2 = performance.now();
// Memory once each provider answered one request (lazy state, compiled matchers).
await Promise.all(Object.values(runtime.baseUrls).map((base) => fetch(`${base}/`).then((r) => r.arrayBuffer()).catch(() => undefined)));
globalThis.gc?.();
const after = process.memoryUsage();
await runtime.close();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
console.log(JSON.stringify({
  providers: Object.keys(builtinProviders).length,
  importMs: Math.round(t1 - t0),
  startMs: Math.round(t2 - t1),
  uptimeMs: Math.round(process.uptime() * 1000),
  rssMb: mb(after.rss),
  rssAddedMb: mb(after.rss - before.rss),
  heapUsedAddedMb: mb(after.heapUsed - before.heapUsed),
}));
