// The reports computed from a journal that holds the case study's own tally print its headline numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioResult, writeFixtureRun } from './journal-fixtures.ts';
import { writeImpactReport } from './write-report.ts';

// taxonomy.md section 4: the case study's current UX responses, N = 464.
const caseStudyTally: Record<string, number> = {
  'silent-retry': 67, silent: 87, 'console-only': 1, 'error-but-partly-worked': 4, 'success-but-partly-failed': 3, 'false-success': 2,
  'stuck-loading': 9, 'generic-error': 176, 'helpful-error': 1, 'false-empty': 38, 'third-party-app-error': 3, unclassified: 73,
};

describe('the impact report of the case study', () => {
  const scenarios = Object.entries(caseStudyTally).flatMap(([category, n]) =>
    Array.from({ length: n }, (_, i) => scenarioResult({ id: `case-study/${category}-${i + 1}`, observed: { category, kind: null, messages: [], timeToFeedbackMs: null } })),
  );
  const before = writeFixtureRun({ label: 'case-study', scenarios });
  const files = writeImpactReport({ before, after: before, out: join(before, 'report') });

  it('prints 33 % no indication, 10 % incorrect, 40 % unhelpful in every format', () => {
    const impact = JSON.parse(readFileSync(files.impactJsonPath, 'utf8')) as { metrics: { id: string; after: number }[] };
    const byId = Object.fromEntries(impact.metrics.map((m) => [m.id, Math.round(m.after * 100)]));
    expect(byId).toMatchObject({ noIndication: 33, incorrect: 10, unhelpful: 40 });
    for (const text of [readFileSync(files.summaryPath, 'utf8'), files.table]) expect(text).toMatch(/33 %[\s\S]*10 %[\s\S]*40 %/);
    const html = readFileSync(files.htmlPath, 'utf8');
    for (const value of ['33 %', '10 %', '40 %']) expect(html).toContain(value);
  });

  it('tallies the current UX responses like the case study slide (generic error message: 176)', () => {
    const html = readFileSync(files.htmlPath, 'utf8');
    expect(html).toMatch(/Generic error message <code>generic-error<\/code><\/th>\s*<td class="num">176 <small>38 %<\/small>/);
  });
});
