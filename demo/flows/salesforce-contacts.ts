import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const PAGE = '/contacts';
const QUERY = 'GET /services/data/{version}/query';

/** The user has the Salesforce contacts open and clicks Refresh: the list is read again from Salesforce. */
export const salesforceRefreshContacts: DemoFlow = defineDemoFlow({
  name: 'salesforce.refresh-contacts',
  integration: 'salesforce',
  title: 'Refresh the Salesforce contacts list',
  dependsOn: [{ provider: 'salesforce', endpoint: QUERY, context: { initiatedBy: 'viewing', data: 'stale' }, purpose: 'the contacts list (a copy from the first load exists)' }],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    await page.locator('#contacts tr').first().waitFor();
    await markAction();
    await page.getByRole('button', { name: 'Refresh' }).click();
  },
});

/** The user imports a batch of five contacts into Salesforce and follows the progress bar. */
export const salesforceImportContacts: DemoFlow = defineDemoFlow({
  name: 'salesforce.import-contacts',
  integration: 'salesforce',
  title: 'Import contacts into Salesforce with a progress bar',
  dependsOn: [
    { provider: 'salesforce', endpoint: 'POST /services/data/{version}/sobjects/Contact', context: { initiatedBy: 'user-action', where: 'progress-bar' }, purpose: 'create each contact' },
    { provider: 'salesforce', endpoint: QUERY, match: { query: { q: 'ORDER BY' } }, context: { initiatedBy: 'viewing', data: 'stale' }, purpose: 'the contacts list under the import' },
    { provider: 'salesforce', endpoint: QUERY, match: { query: { q: 'WHERE Email' } }, context: { initiatedBy: 'user-action', where: 'progress-bar' }, purpose: "guided: each contact's check-before-create (a lost create is found by its email)" },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    await page.locator('#contacts tr').first().waitFor();
    await markAction();
    await page.getByRole('button', { name: 'Import 5 contacts' }).click();
  },
});
