import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ProviderDefinition } from '../../mocks/types.ts';
import type { Flow } from '../flows/types.ts';
import type { SignalSelectors } from '../judge/dom-snapshot.ts';
import { judgeScenario } from '../judge/judge-scenario.ts';
import { watchPage } from '../judge/observe.ts';
import { scenarioStub } from './drill-annotations.ts';
import { severityOf, type ScenarioResult } from '../report/results.ts';
import type { MockRuntime } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { integrationNames } from './integration-names.ts';

/** Fault kinds after which the integration is still connected: telling the user to reconnect is false. */
const NOT_TEMPORARY = new Set(['auth-revoked']);

/** Everything one drill needs. */
export interface RunScenarioInput {
  page: Page;
  scenario: Scenario;
  flow: Flow;
  mocks: MockRuntime;
  providers: Record<string, ProviderDefinition>;
  /** Product under test. */
  baseUrl: string;
  /** Folder the screenshot goes to (the run's folder). */
  runDir: string;
  selectors?: SignalSelectors;
}

/** A drill's result plus what only a person reading the test output needs. */
export interface DrillOutcome {
  result: ScenarioResult;
  reasons: string[];
  classificationReason: string;
}

/** File name for a scenario's evidence: `quickbooks/expense-payee-outage` -> `quickbooks__expense-payee-outage`. */
export const evidenceName = (id: string) => id.replace(/[^\w.-]+/g, '__');

/**
 * Runs one scenario: applies its faults, drives its flow, observes until the UI settles, classifies,
 * prescribes, lints, checks the journal, takes the screenshot, and returns the `results.json` entry.
 */
export async function runScenario(input: RunScenarioInput): Promise<DrillOutcome> {
  const { page, scenario, flow, mocks } = input;
  const started = Date.now();
  mocks.reset();
  mocks.applyFaults(scenario.faults, { seed: scenario.seed });
  const watcher = watchPage(page);
  await watcher.ready;
  let actionAt = Date.now();
  await flow.run({ page, baseUrl: input.baseUrl, markAction: () => { actionAt = Date.now(); } });
  const observation = await watcher.observe(
    { stuckMs: scenario.observe.stuckMs, settleMs: scenario.observe.settleMs, providerInFlight: () => mocks.inFlight(), journal: () => mocks.journal(), selectors: input.selectors },
    actionAt,
  );
  mkdirSync(input.runDir, { recursive: true });
  const screenshot = `${evidenceName(scenario.id)}.png`;
  await page.screenshot({ path: join(input.runDir, screenshot), fullPage: true });

  const journal = mocks.journal().filter((e) => e.at >= started);
  const faulted = scenario.faults.map((f) => {
    const endpoint = input.providers[f.provider]?.catalogue.find((e) => e.endpoint === f.endpoint);
    if (!endpoint) throw new Error(`brownout: ${scenario.id}: endpoint ${f.endpoint} is not in ${f.provider}'s catalogue`);
    return { provider: f.provider, endpoint, kind: f.kind, params: f.params, forMs: f.when.forMs };
  });
  const names = integrationNames(input.providers[scenario.integration]);
  const temporary = !scenario.faults.some((f) => NOT_TEMPORARY.has(f.kind));
  const judgement = judgeScenario({ scenario, observation, journal, faulted, names, temporary });
  const { classification, verdict } = judgement;
  const byEndpoint: Record<string, number> = {};
  for (const e of journal) byEndpoint[e.endpoint ?? `${e.method} ${e.path}`] = (byEndpoint[e.endpoint ?? `${e.method} ${e.path}`] ?? 0) + 1;
  const judged = {
    ...scenarioStub(scenario),
    observed: { category: classification.category, kind: classification.kind, messages: classification.messages, timeToFeedbackMs: observation.timeToFeedbackMs },
    copyFindings: judgement.copyFindings,
    engineeringFindings: judgement.engineeringFindings,
    requests: { total: journal.length, byEndpoint },
    verdict: verdict.verdict,
    evidence: { screenshot, items: judgement.evidence, reason: judgement.reason },
    durationMs: Date.now() - started,
  };
  const result: ScenarioResult = { ...judged, severity: severityOf(judged) };
  return { result, reasons: verdict.reasons, classificationReason: judgement.reason };
}
