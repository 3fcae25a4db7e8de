/**
 * What the harness costs over a hand-written Playwright test doing the same clicks: both open the guided
 * demo's expense form while the payee query is down and wait for the contextual alert; the harness also
 * settles, classifies, lints and checks the journal. Same browser, mocks and product; rounds alternate.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { demoFlows } from '../demo/flows/index.ts';
import { startDemo } from '../demo/server.ts';
import { chromiumLaunchOptions } from '../harness/browser/find-chromium.ts';
import { runScenario } from '../harness/playwright/run-scenario.ts';
import { startMockRuntime } from '../harness/runtime/mock-runtime.ts';
import { loadScenarioFile } from '../harness/scenario/load.ts';
import { builtinProviders } from '../mocks/index.ts';

/** Median wall time per drill (ms) of each way, and harness / bare. */
export interface HarnessOverhead {
  bareMs: number;
  harnessMs: number;
  ratio: number;
  rounds: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `rounds` rounds of (bare, harness) on one browser; returns the medians. */
export async function harnessOverhead(rounds = 5): Promise<HarnessOverhead> {
  const scenarioFile = new URL('../scenarios/quickbooks/expense-payee-outage.yaml', import.meta.url).pathname;
  const { scenarios, problems } = loadScenarioFile(scenarioFile);
  if (problems.length || !scenarios[0]) throw new Error(`brownout bench: ${scenarioFile} does not load: ${problems.map((p) => p.message).join('; ')}`);
  const scenario = scenarios[0];
  const flow = demoFlows.find((f) => f.name === scenario.flow)!;
  const mocks = await startMockRuntime();
  const demo = await startDemo({ mode: 'guided', baseUrls: mocks.baseUrls });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const runDir = mkdtempSync(join(tmpdir(), 'brownout-bench-'));
  const times = { bare: [] as number[], harness: [] as number[] };
  try {
    for (let round = 0; round <= rounds; round += 1) {
      // Round 0 warms up both ways (module loading, the first page) and is not counted.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      let started = Date.now();
      mocks.reset();
      mocks.applyFaults(scenario.faults, { seed: scenario.seed });
      await page.goto(new URL('/expenses/new', demo.url).href);
      await page.locator('#form-alert').waitFor({ state: 'visible' });
      await page.locator('#payee[aria-invalid="true"]').waitFor();
      await page.screenshot({ path: join(runDir, 'bare.png'), fullPage: true });
      const bare = Date.now() - started;
      await context.close();

      const context2 = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page2 = await context2.newPage();
      started = Date.now();
      const outcome = await runScenario({ page: page2, scenario, flow, mocks, providers: builtinProviders, baseUrl: demo.url, runDir });
      const harness = Date.now() - started;
      await context2.close();
      if (outcome.result.verdict !== 'pass') throw new Error(`brownout bench: the harness judged the guided drill ${outcome.result.verdict}: ${outcome.classificationReason}`);
      if (round > 0) {
        times.bare.push(bare);
        times.harness.push(harness);
      }
    }
  } finally {
    await browser.close();
    await demo.close();
    await mocks.close();
  }
  const [bareMs, harnessMs] = [median(times.bare), median(times.harness)];
  return { bareMs, harnessMs, ratio: harnessMs / bareMs, rounds };
}

// `tsx bench/harness-overhead.ts` measures this alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await harnessOverhead(Number(process.env.BENCH_ROUNDS ?? 5));
  console.log(`harness ${result.harnessMs} ms vs bare Playwright ${result.bareMs} ms per drill (median of ${result.rounds}): ${result.ratio.toFixed(2)}x, overhead ${Math.round((result.ratio - 1) * 100)} % (target <= 15 %)`);
}
