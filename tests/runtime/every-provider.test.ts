/**
 * Every registered fault kind on an endpoint of every registered provider, declared in scenario YAML: the answer
 * speaks that provider's dialect (or is its own happy answer, transformed), whatever providers and kinds are
 * registered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultKindNames } from '../../harness/faults/registry.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { builtinProviders } from '../../mocks/index.ts';
import type { EndpointDef, ProviderDefinition } from '../../mocks/types.ts';
import { dialectProblems } from './dialect-match.ts';
import { faultsFromYaml, socketCode } from './yaml-faults.ts';

type Call = () => Promise<Response>;
/** What one kind must do, given the provider, a call to the endpoint, and its unfaulted answer. */
type Expectation = (provider: ProviderDefinition, call: Call, happy: { status: number; body: string }) => Promise<void>;

const dialectKey = (provider: ProviderDefinition, keys: string[]) => keys.find((k) => k in provider.dialect);
const speaks = (key: string | ((p: ProviderDefinition) => string | undefined), status?: number): Expectation => async (provider, call) => {
  const name = typeof key === 'string' ? key : key(provider);
  const response = await call();
  if (name === undefined) {
    // A provider without any of the entries: brownout says which entry to add, rather than invent its words.
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatch(new RegExp(`provider "${provider.name}" has none of the dialect entries .*Add ".*" to mocks/${provider.name}/dialect.json`));
    return;
  }
  expect(await dialectProblems(response, provider.dialect[name]!, status)).toEqual([]);
};
const failsAtSocket = (code: string): Expectation => async (_provider, call) => {
  expect(socketCode(await call().catch((error: unknown) => error))).toBe(code);
};
const happyAnswer: Expectation = async (_provider, call, happy) => {
  const response = await call();
  expect(response.status).toBe(happy.status);
  expect((await response.text()).length).toBe(happy.body.length);
};

/** Each kind with params that keep the test short, and what the answer must be. */
const cases: Record<string, { params: Record<string, unknown>; expect: Expectation }> = {
  outage: { params: {}, expect: speaks('outage', 503) },
  maintenance: { params: {}, expect: speaks('maintenance') },
  'rate-limit': { params: {}, expect: speaks('rate-limit') },
  'auth-revoked': { params: {}, expect: speaks('auth-revoked') },
  'breaking-change': { params: {}, expect: speaks((p) => dialectKey(p, ['version-gone', 'not-found'])) },
  partial: {
    params: { failAt: 2 },
    async expect(provider, call) {
      await (await call()).arrayBuffer();
      await speaks('outage')(provider, call, { status: 0, body: '' });
    },
  },
  'lost-response': { params: {}, expect: failsAtSocket('ECONNRESET') },
  reset: { params: {}, expect: failsAtSocket('ECONNRESET') },
  'empty-response': { params: {}, expect: failsAtSocket('UND_ERR_SOCKET') },
  hang: {
    params: {},
    async expect(_provider, call) {
      await expect(call()).rejects.toThrow(/abort|timeout/i);
    },
  },
  latency: { params: { ms: 20 }, expect: happyAnswer },
  'slow-body': { params: { overMs: 40, chunks: 2 }, expect: happyAnswer },
  'malformed-body': {
    params: {},
    async expect(_provider, call, happy) {
      const response = await call();
      expect(response.status).toBe(happy.status);
      expect((await response.text()).length).toBe(Math.floor(happy.body.length / 2));
    },
  },
};

/** Params that pick another dialect entry, per kind: each must speak it on every provider too. */
const variants: Array<[kind: string, params: Record<string, unknown>, expect: Expectation]> = [
  ['auth-revoked', { status: 403 }, speaks((p) => dialectKey(p, ['forbidden', 'auth-revoked']), 403)],
  ['breaking-change', { change: 'version-sunset', stage: 'deprecated' }, speaks((p) => dialectKey(p, ['deprecated', 'version-gone']))],
  ['breaking-change', { change: 'endpoint-gone', status: 404 }, speaks((p) => dialectKey(p, ['not-found', 'version-gone']), 404)],
  ['lost-response', { then: 'server-error' }, speaks('outage', 504)],
  ['partial', { failAt: 1, failWith: 'rate-limit' }, speaks('rate-limit')],
];

/** A read endpoint when there is one (the catalogue's first otherwise). */
const endpointOf = (provider: ProviderDefinition): EndpointDef => provider.catalogue.find((e) => e.kind === 'read') ?? provider.catalogue[0]!;

let mocks: MockRuntime;
beforeAll(async () => {
  mocks = await startMockRuntime();
});
afterAll(() => mocks.close());

/** One fault on `endpoint` of `slug`, written as a scenario's YAML (params as a JSON flow mapping, which is YAML). */
const yamlFault = (slug: string, endpoint: EndpointDef, kind: string, params: Record<string, unknown>) =>
  faultsFromYaml(`- endpoint: "${endpoint.endpoint}"\n  kind: ${kind}\n  params: ${JSON.stringify(params)}`, slug);

/** A call to `endpoint` with every `{param}` filled, a JSON body for methods that take one, and a time limit. */
function callOf(provider: ProviderDefinition, endpoint: EndpointDef, timeoutMs: number): Call {
  const path = endpoint.path.replace(/\{[^}]+\}/g, 'x1');
  const hasBody = !['GET', 'HEAD'].includes(endpoint.method);
  return () =>
    fetch(`${mocks.baseUrls[provider.name]}${path}`, {
      method: endpoint.method,
      headers: { authorization: 'Bearer test-token', ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      body: hasBody ? '{}' : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
}

describe('every kind against every provider', () => {
  it('has an expectation for every registered kind', () => {
    expect(Object.keys(cases).sort()).toEqual(faultKindNames());
  });

  const table = Object.values(builtinProviders).flatMap((provider) => faultKindNames().map((kind) => [provider.name, kind] as const));
  it.each(table)('%s: %s speaks the dialect', async (slug, kind) => {
    const provider = builtinProviders[slug]!;
    const endpoint = endpointOf(provider);
    const call = callOf(provider, endpoint, kind === 'hang' ? 150 : 5000);
    mocks.reset();
    const unfaulted = await callOf(provider, endpoint, 5000)();
    const happy = { status: unfaulted.status, body: await unfaulted.text() };
    mocks.applyFaults(yamlFault(slug, endpoint, kind, cases[kind]!.params));
    await cases[kind]!.expect(provider, call, happy);
  });

  const variantTable = Object.keys(builtinProviders).flatMap((slug) => variants.map(([kind, params, check]) => [slug, kind, JSON.stringify(params), params, check] as const));
  it.each(variantTable)('%s: %s %s speaks the dialect', async (slug, kind, _shown, params, check) => {
    const provider = builtinProviders[slug]!;
    const endpoint = endpointOf(provider);
    mocks.reset();
    mocks.applyFaults(yamlFault(slug, endpoint, kind, params));
    await check(provider, callOf(provider, endpoint, 5000), { status: 0, body: '' });
  });
});
