/**
 * Defect 3 (issue 14): names a user writes (fault kinds, providers, integrations, flows, rule ids, context
 * answers, control API paths) are looked up as own properties only; Object.prototype's names are unknown names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { startControlServer, type ControlServer } from '../../harness/control/control-server.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { FaultEngine } from '../../harness/runtime/fault-engine.ts';
import { formatProblem } from '../../harness/input/format-problem.ts';
import { loadScenarioText } from '../../harness/scenario/load.ts';
import { fakeRegistries, FILE, replaced, VALID } from '../../harness/scenario/test-fixtures.ts';

/** Names every plain object answers to without owning them. */
const prototypeNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Where a user-given name goes in a scenario, and the message expected for a prototype name there. */
const placesOfNames: { where: string; from: string; to: (name: string) => string; message: RegExp }[] = [
  { where: 'fault kind', from: 'kind: outage', to: (n) => `kind: ${n}`, message: /faults\[0\]\.kind: unknown fault kind/ },
  { where: 'integration', from: 'integration: fakebooks', to: (n) => `integration: ${n}`, message: /integration: unknown provider/ },
  { where: 'fault provider', from: '    kind: outage', to: (n) => `    kind: outage\n    provider: ${n}`, message: /faults\[0\]\.provider: unknown provider/ },
  { where: 'context answer', from: 'where: form,', to: (n) => `where: ${n},`, message: /context\.where: expected one of/ },
  { where: 'context key', from: 'data: unavailable', to: (n) => `data: unavailable, ${n}: x`, message: /unknown context key/ },
];

describe('defect 3: Object.prototype names in scenarios', () => {
  for (const place of placesOfNames) {
    for (const name of prototypeNames) {
      it(`${place.where} "${name}" is an unknown name, located, not a crash`, () => {
        const text = replaced(place.from, place.to(name));
        expect(text).not.toBe(VALID);
        const result = loadScenarioText(text, FILE, fakeRegistries);
        expect(result.scenarios).toEqual([]);
        expect(result.problems.map(formatProblem).join('\n')).toMatch(place.message);
      });
    }
  }

  it('the fault engine refuses a prototype-named kind and provider with a FaultError', () => {
    for (const name of prototypeNames) {
      const spec = { provider: 'quickbooks', endpoint: '*', kind: name, probability: 1, when: {}, params: {} };
      expect(() => new FaultEngine([spec], { providers: builtinProviders })).toThrow(/unknown fault kind/);
      const other = { ...spec, kind: 'outage', provider: name };
      expect(() => new FaultEngine([other], { providers: builtinProviders })).toThrow(/is not served here/);
    }
  });
});

describe('defect 3: Object.prototype names at the control API', () => {
  let runtime: MockRuntime;
  let control: ControlServer;
  beforeAll(async () => {
    runtime = await startMockRuntime({ providers: ['quickbooks'] });
    control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await control.close();
    await runtime.close();
  });

  for (const name of prototypeNames) {
    it(`GET /providers/${name} is 404 unknown provider`, async () => {
      const response = await fetch(`${control.url}/providers/${encodeURIComponent(name)}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toContain('unknown provider');
    });

    it(`POST /faults with kind or provider "${name}" is 400, not 500`, async () => {
      for (const fault of [
        { provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: name },
        { provider: name, endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage' },
      ]) {
        const response = await fetch(`${control.url}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) });
        expect(response.status).toBe(400);
        expect((await response.json()).error).toMatch(/unknown (fault kind|provider)/);
      }
    });

    it(`GET /journal?provider=${name} is 404 unknown provider`, async () => {
      const response = await fetch(`${control.url}/journal?provider=${encodeURIComponent(name)}`);
      expect(response.status).toBe(404);
    });
  }
});
