import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, wantsHeaded } from './harness/browser/find-chromium.ts';
import type { BrownoutWorkerOptions } from './harness/playwright/fixtures.ts';
import { newRunId, reportsRoot } from './harness/playwright/run-dir.ts';

// The run's identity is fixed once, here in the main process; workers inherit it through the environment
// (`brownout run` sets the label; a bare `playwright test` labels the run by its variant).
process.env.BROWNOUT_LABEL ??= process.env.BROWNOUT_VARIANT || 'product';
process.env.BROWNOUT_RUN_DIR ??= join(reportsRoot(), newRunId(process.env.BROWNOUT_LABEL));
// A headed run (`--headed`, `--debug`, `--ui`) needs the full browser, not the headless shell, in the workers too.
if (wantsHeaded()) process.env.BROWNOUT_HEADED = '1';
// The specs `brownout run` and `brownout audit` drive live with the Playwright glue, not with the harness's tests.
const specs = 'harness/playwright/specs';
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
    // JUnit of the harness's own tests where BROWNOUT_JUNIT says; the drills' junit.xml is written from the journal by the results reporter.
    ...(process.env.BROWNOUT_JUNIT ? [['junit', { outputFile: process.env.BROWNOUT_JUNIT }] as const] : []),
  ],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  projects: [
    // The drills: one test per YAML scenario (what `brownout run` runs).
    { name: 'drill', testDir: specs, testMatch: `drill.spec.${ext}` },
    // `brownout audit` step 1: every flow once with healthy mocks, to list the provider calls it makes.
    { name: 'inventory', testDir: specs, testMatch: `inventory.spec.${ext}` },
    // The harness's own browser tests (observer, classifier, matchers) on pages with known behaviour.
    { name: 'harness', testMatch: /.*\.pw\.ts$/ },
  ],
});
