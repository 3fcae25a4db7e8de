import { expect, test } from '../../harness/playwright/fixtures.ts';
import { renderImpactHtml } from '../../harness/report/html-report.ts';
import { finalizeRun } from '../../harness/report/metrics.ts';
import { drillExampleOutage, fixtureConfig } from './drill-example.ts';

// The runner records each drill's provider title and category from the config's providers, so the report
// names a custom provider by its own title without knowing the providers (harness/report imports no mocks/).
test.use({ configFile: fixtureConfig('renamed-provider.yaml') });

test("a custom provider's title and category reach the journal and the HTML report", async ({ drill, config, page }) => {
  const result = await drillExampleOutage(config, drill);
  expect([result.integration, result.integrationTitle, result.integrationCategory]).toEqual(['slack', 'Team Chat Cloud', 'Messaging']);
  const info = { id: 'titles', startedAt: '2026-12-05T00:00:00Z', finishedAt: '2026-12-05T00:01:00Z', label: 'team-notes', harnessVersion: 'test' };
  const run = { journal: finalizeRun(info, [result]), dir: test.info().outputDir };
  await page.setContent(renderImpactHtml(run, run));
  await expect(page.getByRole('heading', { name: 'Team Chat Cloud', level: 3 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Integration' }).getByRole('option', { name: 'Team Chat Cloud' })).toHaveCount(1);
  const apiHead = page.locator('.api-head').first();
  await expect(apiHead).toContainText('Team Chat Cloud');
  await expect(apiHead.locator('.category')).toHaveText('Messaging');
  await expect(page.locator('table.coverage')).toContainText('Team Chat Cloud POST /api/chat.postMessage');
});
