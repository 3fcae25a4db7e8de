/**
 * README's hand-written spec, as written there, against examples/slack-notes with its server-side config: the
 * `mocks`, `product` and `drill` fixtures of brownout/test, applyFaults with YAML's defaults, loadScenario.
 */
import { fileURLToPath } from 'node:url';
import { expect, loadScenario, test } from 'brownout/test';

const example = (file: string) => fileURLToPath(new URL(`../../examples/slack-notes/${file}`, import.meta.url));
test.use({ configFile: example('brownout.server.config.yaml') });

test('Slack outage: the note is kept and the user is told', async ({ page, mocks, product }) => {
  mocks.applyFaults([{ provider: 'slack', endpoint: 'POST /api/chat.postMessage', kind: 'outage' }]);
  await page.goto(product.url);
  await page.getByRole('textbox', { name: 'Note' }).fill('Release 4.2 is out.');
  await page.getByRole('button', { name: 'Post to Slack' }).click();
  await expect(page).toShowPrescribedResponse({ context: { initiatedBy: 'user-action', where: 'form-submit' }, names: ['Slack'] });
  expect(mocks.journal()).toHaveLength(1);
});

test('the YAML drill, run from a spec', async ({ drill }) => {
  const outcome = await drill.run(await loadScenario(example('scenarios/slack/post-note-outage.yaml')));
  expect(outcome.result.verdict).toBe('pass');
});
