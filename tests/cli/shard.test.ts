import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunJournal } from '../../harness/report/results.ts';
import { brownout } from './cli.ts';
import { payeeDrill, scenarioFolder } from './scenario-files.ts';

// A run split in two shards (as two CI machines would run it) merges into one journal and one report.
describe('brownout run --shard + brownout merge', () => {
  const { cwd } = scenarioFolder({
    'outage.yaml': payeeDrill('shard/outage', 'kind: outage'),
    'maintenance.yaml': payeeDrill('shard/maintenance', 'kind: maintenance'),
  });
  const runs: ReturnType<typeof brownout>[] = [];
  const runDirs = () => readdirSync(join(cwd, 'reports')).filter((d) => d.endsWith('-legacy')).map((d) => join('reports', d));

  beforeAll(() => {
    for (const shard of ['1/2', '2/2']) runs.push(brownout(['run', 'scenarios', '--mode', 'legacy', '--shard', shard, '--reports', 'reports'], cwd));
  }, 180_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('runs one scenario in each shard', () => {
    for (const run of runs) expect(run.stdout, run.output).toMatch(/0 passed, 1 failed/);
    expect(runDirs()).toHaveLength(2);
  });

  it('merges the shards into one journal with both scenarios and their screenshots', () => {
    const merged = brownout(['merge', ...runDirs(), '--out', 'reports/merged'], cwd);
    expect(merged.code, merged.output).toBe(0);
    expect(merged.stdout).toContain('merged 2 run(s): 2 scenario(s), 0 passed, 2 failed');
    const journal = JSON.parse(readFileSync(join(cwd, 'reports/merged/results.json'), 'utf8')) as RunJournal;
    expect(journal.scenarios.map((s) => s.id)).toEqual(['shard/maintenance', 'shard/outage']);
    expect(journal.run.label).toBe('legacy');
    expect(journal.tallies.verdict).toEqual({ fail: 2 });
    const files = readdirSync(join(cwd, 'reports/merged'));
    for (const s of journal.scenarios) expect(files).toContain(s.evidence.screenshot);
    const report = brownout(['report', '--before', 'reports/merged', '--after', 'reports/merged', '--out', 'reports/merged-report'], cwd);
    expect(report.code, report.output).toBe(0);
  });

  it('refuses to merge a shard twice, naming the scenario', () => {
    const [first] = runDirs();
    const merged = brownout(['merge', first!, first!, '--out', 'reports/twice'], cwd);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/scenario shard\/\w+ is in both .* shards must not overlap/);
  });
});
