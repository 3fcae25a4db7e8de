import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './harness/browser/find-chromium.ts';
import type { BrownoutWorkerOptions } from './harness/playwright/fixtures.ts';
import { newRunId, reportsRoot } from './harness/playwright/run-dir.ts';

// The run's identity is fixed once, here in the main process; workers inherit it through the environment.
const mode = (process.env.BROWNOUT_MODE ?? 'guided') as BrownoutWorkerOptions['uxMode'];
process.env.BROWNOUT_LABEL ??= mode;
process.env.BROWNOUT_RUN_DIR ??= join(reportsRoot(), newRunId(process.env.BROWNOUT_LABEL));
// This file runs as TypeScript in the checkout and as compiled JavaScript from the installed package (dist/).
const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

export default defineConfig<BrownoutWorkerOptions>({
  testDir: 'tests',
  // The CLI points this beside the user's run folders: nothing is written into the installed package.
  outputDir: process.env.BROWNOUT_PLAYWRIGHT_OUTPUT ?? 'test-results/playwright',
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: process.env.BROWNOUT_WORKERS ? Number(process.env.BROWNOUT_WORKERS) : 2,
  reporter: [
    [process.env.CI ? 'line' : 'list'],
    [`./harness/playwright/results-reporter.${ext}`],
    // JUnit for CI systems: the drills' beside their journal, the harness's own tests where BROWNOUT_JUNIT says.
    ...(process.env.BROWNOUT_JUNIT || process.env.BROWNOUT_SCENARIOS ? [['junit', { outputFile: process.env.BROWNOUT_JUNIT ?? join(process.env.BROWNOUT_RUN_DIR, 'junit.xml') }] as const] : []),
    // Allure results beside the run's journal, for drills only (`brownout run` sets BROWNOUT_SCENARIOS).
    ...(process.env.BROWNOUT_SCENARIOS ? [['allure-playwright', { resultsDir: join(process.env.BROWNOUT_RUN_DIR, 'allure-results') }] as const] : []),
  ],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  projects: [
    // The drills: one test per YAML scenario (what `brownout run` runs).
    { name: 'drill', testMatch: `drill.spec.${ext}`, use: { uxMode: mode } },
    // `brownout audit` step 1: every flow once with healthy mocks, to list the provider calls it makes.
    { name: 'inventory', testMatch: `inventory.spec.${ext}`, use: { uxMode: mode } },
    // The harness's own browser tests (observer, classifier, matchers) on pages with known behaviour.
    { name: 'harness', testMatch: /.*\.pw\.ts$/ },
  ],
});
