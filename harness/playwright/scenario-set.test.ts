import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../scenario/load.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { readScenarioSet, setEntries, writeScenarioSet } from './scenario-set.ts';

describe('scenario set', () => {
  it('gives back exactly the scenarios the loader validated (every built-in one), each with its provider named', () => {
    const { scenarios, problems } = loadScenarios([new URL('../../scenarios', import.meta.url).pathname]);
    expect(problems).toEqual([]);
    const dir = join(mkdtempSync(join(tmpdir(), 'brownout-set-')), 'run');
    const entries = readScenarioSet(writeScenarioSet(dir, setEntries(scenarios, builtinProviders)));
    expect(entries.map((e) => e.scenario)).toEqual(scenarios);
    const slack = entries.find((e) => e.scenario.integration === 'slack')!;
    expect(slack.stub).toMatchObject({ id: slack.scenario.id, integrationTitle: 'Slack', flow: slack.scenario.flow });
  });

  it('names the file when it is missing or not a scenario set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brownout-set-'));
    expect(() => readScenarioSet(join(dir, 'none.json'))).toThrow(/none\.json.*BROWNOUT_SCENARIO_SET/);
    writeFileSync(join(dir, 'other.json'), '{"runs": []}');
    expect(() => readScenarioSet(join(dir, 'other.json'))).toThrow(/other\.json.*no "entries" list/);
  });
});
