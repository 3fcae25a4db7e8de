import { expect, test } from '@playwright/test';
import { categories, kinds } from '../../harness/guidelines/taxonomy.ts';
import { buildGallery } from './build.ts';
import { libraries } from './libraries.ts';
import { GALLERY_ORIGIN, runDesignGallery, serveGallery } from './run.ts';
import { scoreRun } from './score.ts';
import { barsMissed, formatGallery } from './summary.ts';
import { readHoldoutLog } from './holdout.ts';

// Pages judged at a time (each in its own window): most of a case's time is waiting (stuck thresholds, late
// alerts), so six at once beat four; measured 2.0-2.3 min for the 272 pages at load 12-17 on 2 cores, 4.5-4.6 min
// for 307 (Blueprint or Fluent added) at load 22-36; 412 pages since Radix Themes and PrimeReact, hence the judged
// run's 10-minute timeout.
const GALLERY_PAGES = 6;

// Category slugs a page cannot show: it is a context of the scenario, not something on screen.
const NOT_ON_SCREEN = new Set(['helpful-error']);

test('every category and every kind is shown by at least 3 design systems', () => {
  const labels = [...categories.map((c) => c.slug).filter((s) => !NOT_ON_SCREEN.has(s)), ...kinds.map((k) => k.slug)];
  const thin = labels.map((label) => ({
    label,
    libraries: libraries.filter((l) => l.cases.some((c) => c.expected.category === label || c.expected.kind === label)).map((l) => l.library),
  })).filter((x) => x.libraries.length < 3);
  expect(thin, 'labels rendered by fewer than 3 libraries').toEqual([]);
  expect(libraries.length).toBeGreaterThanOrEqual(6);
});

test('every library case has its page in the library bundle', async ({ browser }) => {
  const built = await buildGallery();
  const context = await browser.newContext();
  await serveGallery(context, built.dir);
  const page = await context.newPage();
  for (const lib of libraries) {
    await page.goto(`${GALLERY_ORIGIN}/${lib.library}.html`);
    const ids = await page.evaluate(() => window.__gallery?.ids ?? []);
    expect(lib.cases.map((c) => c.page).filter((id) => !ids.includes(id)), `${lib.library} pages missing from its bundle`).toEqual([]);
  }
  await context.close();
});

test('the design-system gallery is judged within the bars: no false pass, accuracy, false fails, no library far below the mean', async ({ browser }) => {
  test.setTimeout(600_000);
  const { runs } = await runDesignGallery(browser, libraries.flatMap((l) => l.cases), GALLERY_PAGES);
  const scores = runs.map(scoreRun);
  const missed = barsMissed(scores);
  expect(missed, formatGallery(scores, readHoldoutLog())).toEqual([]);
});
