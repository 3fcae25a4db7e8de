import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { FaultSpec } from '../harness/scenario/types.ts';
import type { EndpointDef, ProviderDefinition } from '../mocks/types.ts';

/** The response body every benchmark target serves: one page of vendors, about 1.5 KB of JSON. */
export const benchBodyText = JSON.stringify(JSON.parse(readFileSync(new URL('./fixtures/vendor-page.json', import.meta.url), 'utf8')));

/** Path of handler `index` (0-based); the benchmarks request the last one so every matcher before it is tried. */
export const benchPath = (index: number) => `/bench/r${index}/42`;

/**
 * A provider with `handlers` endpoints `GET /bench/r{i}/{id}`, each answering the same JSON body, to measure
 * what the number of registered handlers costs the runtime.
 * @example startMockRuntime({ definitions: { bench: syntheticProvider(50) } })
 */
export function syntheticProvider(handlers: number): ProviderDefinition {
  const body = JSON.parse(benchBodyText) as Record<string, unknown>;
  const catalogue: EndpointDef[] = Array.from({ length: handlers }, (_, i) => ({
    endpoint: `GET /bench/r${i}/{id}`,
    method: 'GET',
    path: `/bench/r${i}/{id}`,
    kind: 'read',
    idempotent: true,
    summary: `synthetic read ${i}`,
  }));
  return {
    name: 'bench',
    title: 'Benchmark provider',
    category: 'Other',
    catalogue,
    dialect: { outage: { status: 503, body: { error: 'down' } } },
    createHandlers: () => catalogue.map((_, i) => http.get(`/bench/r${i}/:id`, () => HttpResponse.json(body))),
  };
}

/** Requested delay of the latency targets (ms). */
export const LATENCY_MS = 200;

/**
 * `count` faults on the requested (last) endpoint whose query match never fits, so the engine checks every one
 * of them on every request and still serves it normally: the worst case of matching cost.
 */
export const nonMatchingFaults = (handlers: number, count = 100): FaultSpec[] =>
  Array.from({ length: count }, (_, i) => ({
    provider: 'bench',
    endpoint: `GET /bench/r${handlers - 1}/{id}`,
    kind: 'outage',
    probability: 1,
    when: {},
    match: { query: { select: `never-${i}` } },
    params: {},
  }));
