import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentType, LabelName, Stage, Status } from 'allure-js-commons';
import { FileSystemWriter, ReporterRuntime } from 'allure-js-commons/sdk/reporter';
import type { ScenarioResult } from './results.ts';

/**
 * Allure results of a drill run, written from brownout's verdicts (as junit.xml is) with Allure's own writer:
 * a drill's Allure status is its verdict (a crash is `broken`), not Playwright's test status.
 */
export class AllureResults {
  private readonly runtime: ReporterRuntime;

  /** Writes into `<runDir>/allure-results/`. */
  constructor(private readonly runDir: string) {
    this.runtime = new ReporterRuntime({ writer: new FileSystemWriter({ resultsDir: join(runDir, 'allure-results') }) });
  }

  /** One drill: labels integration / flow / fault kinds, the verdict's reason, the verdict and screenshot attached. */
  add(entry: ScenarioResult, timing: { start: number; durationMs: number }): void {
    const id = createHash('md5').update(entry.id).digest('hex');
    const error = (entry as { error?: string }).error;
    const uuid = this.runtime.startTest({
      name: entry.id,
      fullName: `${entry.integration}/${entry.flow}: ${entry.id}`,
      historyId: id,
      testCaseId: id,
      start: timing.start,
      description: entry.title,
      labels: [
        { name: LabelName.EPIC, value: entry.integration },
        { name: LabelName.FEATURE, value: entry.flow },
        { name: LabelName.STORY, value: entry.fault?.kind ?? 'none' },
        { name: LabelName.SUITE, value: entry.integrationTitle ?? entry.integration },
        { name: LabelName.TAG, value: `severity:${entry.severity}` },
      ],
    });
    const verdict = [
      `verdict: ${entry.verdict} (${entry.severity})`,
      `observed: ${entry.observed.kind ?? entry.observed.category}`,
      `prescribed: ${entry.prescribed}`,
      entry.evidence.reason ?? '',
      '',
      'messages shown:',
      ...entry.observed.messages.map((m) => `  ${m}`),
    ].join('\n');
    this.runtime.writeAttachment(uuid, null, 'verdict', Buffer.from(verdict, 'utf8'), { contentType: ContentType.TEXT });
    const shot = entry.evidence.screenshot && join(this.runDir, entry.evidence.screenshot);
    if (shot && existsSync(shot)) this.runtime.writeAttachment(uuid, null, 'screenshot', shot, { contentType: ContentType.PNG });
    this.runtime.updateTest(uuid, (result) => {
      result.status = error ? Status.BROKEN : entry.verdict === 'pass' ? Status.PASSED : Status.FAILED;
      result.statusDetails = { message: error ?? entry.evidence.reason ?? `observed ${entry.observed.kind ?? entry.observed.category}, prescribed ${entry.prescribed}` };
      result.stage = Stage.FINISHED;
    });
    this.runtime.stopTest(uuid, { stop: timing.start + timing.durationMs });
    this.runtime.writeTest(uuid);
  }
}
