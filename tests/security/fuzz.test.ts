/**
 * Property-based fuzz (issue 14): random mutations of the shipped scenarios (values of other types, keys,
 * Object.prototype names, numbers, unicode, YAML syntax) through the loader and the flow check, and random
 * requests to the control API. The loader must answer with located problems (file:line:col, no control
 * character) or valid scenarios, never throw or hang; the control API must never answer 500.
 * Fixed seed, so CI replays the same cases; a time bound, so a loaded machine runs fewer cases, not longer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { demoFlows } from '../../demo/flows/index.ts';
import { checkScenarioFlows } from '../../harness/config/check-scenarios.ts';
import { startControlServer, type ControlServer } from '../../harness/control/control-server.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { formatProblem } from '../../harness/input/format-problem.ts';
import { loadScenarioText } from '../../harness/scenario/load.ts';
import { builtinProviders } from '../../mocks/index.ts';

const SEED = 14;
/** Wall-clock budget of each property (ms): well under a minute for the file, whatever the load. */
const BUDGET_MS = 15_000;
/** Longest one case may take (ms): generous for a loaded machine, far from a hang. */
const CASE_MS = 5_000;

const scenariosDir = fileURLToPath(new URL('../../scenarios', import.meta.url));
const shipped = readdirSync(scenariosDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: join('scenarios', f), text: readFileSync(join(scenariosDir, f), 'utf8') }));

const prototypeNames = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
const name = fc.oneof(fc.constantFrom(...prototypeNames, 'kind', 'params', 'faults', 'context', 'id', 'when', 'match'), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(...prototypeNames, 'outage', 'latency', '8s', '10m', '-1', '1e309', ''),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constant(99_999_999_999),
  ),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(name, tie('node'), { maxKeys: 3 })),
})).node;
/** YAML syntax to splice into the text. */
const syntax = fc.oneof(
  fc.constantFrom(':', '- ', '[', ']', '{', '}', '&a ', '*a', '!!js/function ', '!x ', '"', "'", '\t', '\n', '\n  ', '#', '? ', '<<: *a', '---\n', '|', '>', '%YAML 1.1\n', '\u0000', '\u001b[2J', '\u2028', '\ud800'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

type Path = (string | number)[];
/** Every path of a parsed document, so a mutation can pick one. */
function pathsOf(data: unknown, path: Path = []): Path[] {
  if (data === null || typeof data !== 'object') return [path];
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return [path, ...keys.flatMap((k) => pathsOf((data as Record<string | number, unknown>)[k], [...path, k]))];
}

/** A mutation of one shipped scenario file, as the text a user could have written. */
const mutated = fc
  .record({ source: fc.constantFrom(...shipped), pick: fc.nat(), how: fc.constantFrom('replace', 'add-key', 'delete', 'splice', 'cut'), value, key: name, syntax, at: fc.nat() })
  .map(({ source, pick, how, value: v, key, syntax: s, at }) => {
    if (how === 'splice' || how === 'cut') {
      const i = at % (source.text.length + 1);
      const text = how === 'splice' ? source.text.slice(0, i) + s + source.text.slice(i) : source.text.slice(0, i) + source.text.slice(i + 1 + (at % 40));
      return { file: source.file, text };
    }
    const data = parse(source.text) as unknown;
    const paths = pathsOf(data);
    const path = paths[pick % paths.length]!;
    const root = { data } as Record<string, unknown>;
    const full: Path = ['data', ...path];
    const parent = full.slice(0, -1).reduce<any>((node, k) => node[k], root);
    const last = full.at(-1)!;
    const target = parent[last];
    if (how === 'replace') parent[last] = v;
    else if (how === 'delete' && path.length > 0) delete parent[last];
    else if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value: v, enumerable: true, configurable: true, writable: true });
    else parent[last] = { [key]: v };
    return { file: source.file, text: stringify(root.data) };
  });

describe('fuzz: mutated scenarios through the loader', () => {
  it('always located problems or valid scenarios; never an exception, a control character or a hang', () => {
    let runs = 0;
    fc.assert(
      fc.property(mutated, ({ file, text }) => {
        runs += 1;
        const started = Date.now();
        const { scenarios, problems } = loadScenarioText(text, file);
        problems.push(...checkScenarioFlows(scenarios, demoFlows, 'the demo'));
        expect(Date.now() - started).toBeLessThan(CASE_MS);
        for (const problem of problems) {
          const line = formatProblem(problem);
          expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[1-9]\\d*:[1-9]\\d*[ :]`));
          expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
          expect(line).not.toMatch(/\n\s+at /);
        }
      }),
      { seed: SEED, numRuns: 2_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(20);
  }, 60_000);
});

describe('fuzz: random requests to the control API', () => {
  let runtime: MockRuntime;
  let control: ControlServer;
  beforeAll(async () => {
    runtime = await startMockRuntime({ providers: ['quickbooks', 'slack'] });
    control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await control.close();
    await runtime.close();
  });

  const fault = { provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', params: { status: 503 }, when: { after: 1 } };
  const body = fc.oneof(
    value.map((v) => JSON.stringify(v) ?? 'null'),
    fc.record({ key: fc.constantFrom(...Object.keys(fault)), v: value }).map(({ key, v }) => JSON.stringify({ ...fault, [key]: v })),
    fc.record({ key: name, v: value }).map(({ key, v }) => `${JSON.stringify(fault).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(v) ?? 'null'}}`),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  const call = fc.oneof(
    fc.record({ method: fc.constant('POST'), path: fc.constant('/faults'), body }),
    fc.record({ method: fc.constantFrom('GET', 'DELETE'), path: fc.oneof(name, fc.constant('quickbooks')).map((n) => `/providers/${encodeURIComponent(n)}`) }),
    fc.record({ method: fc.constantFrom('GET', 'DELETE'), path: name.map((n) => `/faults/${encodeURIComponent(n)}`) }),
    fc.record({ method: fc.constant('GET'), path: fc.tuple(name, name).map(([l, p]) => `/journal?limit=${encodeURIComponent(l)}&provider=${encodeURIComponent(p)}`) }),
  );

  it('never answers 500', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        runs += 1;
        const init: RequestInit = { method: c.method, ...('body' in c ? { body: c.body, headers: { 'content-type': 'application/json' } } : {}) };
        const response = await fetch(`${control.url}${c.path}`, init);
        const text = await response.text();
        expect(response.status, `${c.method} ${c.path} ${'body' in c ? c.body : ''} -> ${text}`).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 1_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(20);
  }, 60_000);
});
