import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { faultKinds } from '../faults/registry.ts';
import type { Flow } from '../flows/types.ts';
import type { SignalSelectors } from '../judge/dom-snapshot.ts';
import { judgeScenario } from '../judge/judge-scenario.ts';
import { watchPage } from '../judge/observe.ts';
import { runFlowSteps, type BlockedStep } from './blocked-step.ts';
import { evidenceName, scenarioStub } from './drill-annotations.ts';
import { takeEvidenceShots } from './evidence-shots.ts';
import { severityOf, type ScenarioResult } from '../report/results.ts';
import type { MockRuntime } from '../runtime/types.ts';
import { ANY_ENDPOINT } from '../scenario/fault-schema.ts';
import type { Scenario } from '../scenario/types.ts';
import { integrationNames } from './integration-names.ts';
import { ownValue } from '../own.ts';

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

/** The evidence line of a journey the fault blocked before its end (time since the user's action). */
function blockedItem(blocked: BlockedStep, actionAt: number) {
  return { signal: 'flow: blocked by the fault', text: `the journey could not go on past: ${blocked.waitingFor}; judged as the user was left`, t: blocked.at - actionAt };
}

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
  let acted = false;
  const markAction = async () => {
    actionAt = Date.now();
    acted = true;
    await mocks.markAction();
  };
  const blocked = await runFlowSteps(page, scenario.observe.stuckMs, () => mocks.journal(), () => flow.run({ page, baseUrl: input.baseUrl, markAction }));
  // A fault waiting for the action never started: the drill would judge a healthy run as if it had been faulted.
  if (!acted && scenario.faults.some((f) => f.when.fromAction)) {
    throw new Error(`brownout: ${scenario.id}: a fault waits for the flow's action (when: { fromAction: true }) but flow ${flow.name} never called markAction(); call it just before the user's action, or drop fromAction`);
  }
  // A blocked journey has already waited out the threshold: give the screen one quiet period to settle on.
  const stuckMs = blocked ? Math.max(scenario.observe.stuckMs, blocked.at - actionAt + scenario.observe.settleMs + 250) : scenario.observe.stuckMs;
  mkdirSync(input.runDir, { recursive: true });
  const shotName = evidenceName(scenario.id);
  // The viewport screenshot is taken while the observer waits out its quiet period, and kept if nothing changes after.
  let calmShotAt: number | null = null;
  const whenCalm = async () => {
    const at = Date.now();
    calmShotAt = null;
    await page.screenshot({ path: join(input.runDir, `${shotName}.png`), caret: 'initial' });
    calmShotAt = at;
  };
  const observation = await watcher.observe(
    { stuckMs, settleMs: scenario.observe.settleMs, providerInFlight: () => mocks.inFlight(), journal: () => mocks.journal(), selectors: input.selectors, whenCalm },
    actionAt,
  );
  const journal = mocks.journal().filter((e) => e.at >= started);
  // A whole-provider fault ("*") is judged as a fault on each endpoint of the provider's catalogue.
  const faulted = scenario.faults.flatMap((f) => {
    const catalogue = ownValue(input.providers, f.provider)?.catalogue ?? [];
    const endpoints = f.endpoint === ANY_ENDPOINT ? catalogue : catalogue.filter((e) => e.endpoint === f.endpoint);
    if (endpoints.length === 0) throw new Error(`brownout: ${scenario.id}: endpoint ${f.endpoint} is not in ${f.provider}'s catalogue`);
    return endpoints.map((endpoint) => ({ provider: f.provider, endpoint, kind: f.kind, params: f.params, forMs: f.when.forMs }));
  });
  const provider = ownValue(input.providers, scenario.integration);
  const names = integrationNames(provider);
  // After a kind the user must act on (a revoked token) the integration is disconnected; otherwise saying so is false.
  const temporary = !scenario.faults.some((f) => ownValue(faultKinds, f.kind)?.userMustAct);
  const judgement = judgeScenario({ scenario, observation, journal, faulted, names, temporary });
  const { classification, verdict } = judgement;
  // Judging reads only the observation, so the page is still as the user left it for the screenshots.
  const selector = classification.primary?.selector ?? judgement.evidence.find((e) => e.selector)?.selector;
  const shots = await takeEvidenceShots(page, input.runDir, shotName, selector, calmShotAt);
  const byEndpoint: Record<string, number> = {};
  for (const e of journal) byEndpoint[e.endpoint ?? `${e.method} ${e.path}`] = (byEndpoint[e.endpoint ?? `${e.method} ${e.path}`] ?? 0) + 1;
  const judged = {
    ...scenarioStub(scenario, provider),
    flowTitle: flow.title,
    observed: { category: classification.category, kind: classification.kind, messages: classification.messages, timeToFeedbackMs: observation.timeToFeedbackMs },
    copyFindings: judgement.copyFindings,
    engineeringFindings: judgement.engineeringFindings,
    requests: { total: journal.length, byEndpoint },
    verdict: verdict.verdict,
    evidence: { ...shots, items: blocked ? [blockedItem(blocked, actionAt), ...judgement.evidence] : judgement.evidence, reason: judgement.reason },
    durationMs: Date.now() - started,
  };
  const result: ScenarioResult = { ...judged, severity: severityOf(judged) };
  return { result, reasons: verdict.reasons, classificationReason: judgement.reason };
}
