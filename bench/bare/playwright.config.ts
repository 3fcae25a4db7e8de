import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../harness/browser/find-chromium.ts';

// The anchor of `npm run bench`'s one-drill row: a hand-written Playwright test, no brownout harness around it.
export default defineConfig({
  testDir: '.',
  testMatch: 'bare.spec.ts',
  outputDir: '../../test-results/bench-bare',
  workers: 1,
  reporter: 'list',
  use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 800 }, trace: 'off' },
});
