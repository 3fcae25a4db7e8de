import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { AllureResults } from '../report/allure-results.ts';
import { renderJUnit } from '../report/junit.ts';
import { finalizeRun, type ScenarioResult } from '../report/results.ts';
import { harnessVersion } from '../version.ts';
import { RESULT_ATTACHMENT, SCENARIO_ANNOTATION, type ScenarioStub } from './drill-annotations.ts';
import { publishLatest } from './run-dir.ts';

/**
 * Playwright reporter that writes the run journal: one line per finished scenario to `journal.jsonl` as it
 * ends (a crash later never loses earlier results), then `results.json` and `reports/latest/` at the end.
 */
export default class ResultsReporter implements Reporter {
  private readonly results = new Map<string, ScenarioResult>();
  private runDir = '';
  private startedAt = new Date();
  private allure: AllureResults | undefined;

  onBegin(): void {
    this.runDir = process.env.BROWNOUT_RUN_DIR ?? '';
    if (!this.runDir) return;
    mkdirSync(this.runDir, { recursive: true });
    this.startedAt = new Date();
    // Allure results for drills only (`brownout run` sets BROWNOUT_SCENARIOS), like the journal's junit.xml.
    if (process.env.BROWNOUT_SCENARIOS) this.allure = new AllureResults(this.runDir);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const annotation = test.annotations.find((a) => a.type === SCENARIO_ANNOTATION);
    if (!this.runDir || !annotation?.description) return;
    const stub = JSON.parse(annotation.description) as ScenarioStub;
    const attachment = result.attachments.find((a) => a.name === RESULT_ATTACHMENT && a.body);
    const entry = attachment ? (JSON.parse(attachment.body!.toString('utf8')) as ScenarioResult) : crashed(stub, result);
    this.results.set(test.id, entry);
    appendFileSync(join(this.runDir, 'journal.jsonl'), `${JSON.stringify(entry)}\n`);
    this.allure?.add(entry, { start: result.startTime.getTime(), durationMs: result.duration });
  }

  onEnd(result: FullResult): void {
    // Only drill runs leave a journal: the harness's own tests (and the audit's inventory) must never replace
    // reports/latest with an empty run. `brownout run` sets BROWNOUT_SCENARIOS, so even a shard with no
    // scenario of its own writes its (empty) journal for `brownout merge`.
    if (!this.runDir || (this.results.size === 0 && !process.env.BROWNOUT_SCENARIOS)) return;
    const run = {
      id: basename(this.runDir),
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      label: process.env.BROWNOUT_LABEL ?? 'unlabelled',
      harnessVersion,
      // A failing verdict is an expected Playwright outcome (the drill's finding), so Playwright says "passed".
      status: result.status === 'passed' && [...this.results.values()].some((r) => r.verdict !== 'pass') ? 'failed' : result.status,
    };
    const journal = finalizeRun(run, [...this.results.values()].sort((a, b) => a.id.localeCompare(b.id)));
    writeFileSync(join(this.runDir, 'results.json'), `${JSON.stringify(journal, null, 2)}\n`);
    // Our own JUnit, from the journal: Playwright's classes every case as drill.spec.ts and attaches files outside the run folder.
    const relativeRun = relative(process.cwd(), this.runDir);
    writeFileSync(join(this.runDir, 'junit.xml'), renderJUnit(journal, relativeRun.startsWith('..') || isAbsolute(relativeRun) ? this.runDir : relativeRun));
    // A run with no scenario (a shard with nothing to do) is no "latest" result: the previous one stays.
    // An interrupted run (Ctrl-C) keeps its own folder but is not the latest result either.
    if (this.results.size === 0 || result.status === 'interrupted') return;
    publishLatest(this.runDir);
  }

  printsToStdio(): boolean {
    return false;
  }
}

/** The journal entry of a scenario whose test crashed before it produced a result. */
function crashed(stub: ScenarioStub, result: TestResult): ScenarioResult {
  const error = result.errors.map((e) => e.message ?? String(e.value)).join('\n') || `test ${result.status}`;
  const partial = {
    ...stub,
    prescribed: stub.prescribed,
    observed: { category: 'unclassified', kind: null, messages: [], timeToFeedbackMs: null },
    copyFindings: [],
    engineeringFindings: [],
    requests: { total: 0, byEndpoint: {} },
    severity: 'unknown',
    verdict: 'fail',
    evidence: { screenshot: null },
    durationMs: result.duration,
    error: error.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 2000),
  };
  return partial as unknown as ScenarioResult;
}
