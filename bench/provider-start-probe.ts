/**
 * Child-process probe for `bench/providers.ts`: how long a generated provider folder (argv[2]) takes to load
 * and serve its first answer in a fresh process, the harness's own modules imported first (every provider
 * pays for those). Prints one JSON line and exits.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startMockRuntime } from '../harness/runtime/mock-runtime.ts';

const folder = process.argv[2]!;
const t0 = performance.now();
const module = (await import(pathToFileURL(join(folder, 'index.ts')).href)) as Record<string, import('../mocks/types.ts').ProviderDefinition>;
const provider = Object.values(module)[0]!;
const t1 = performance.now();
const runtime = await startMockRuntime({ providers: [provider.name], definitions: { [provider.name]: provider } });
const first = provider.catalogue.find((def) => def.method === 'GET' && !def.path.includes('{')) ?? provider.catalogue[0]!;
await (await fetch(`${runtime.baseUrls[provider.name]}${first.path}`)).arrayBuffer();
const t2 = performance.now();
await runtime.close();
console.log(JSON.stringify({ endpoints: provider.catalogue.length, loadMs: Math.round(t1 - t0), startToFirstAnswerMs: Math.round(t2 - t0), uptimeMs: Math.round(process.uptime() * 1000) }));
