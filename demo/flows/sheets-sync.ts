import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const PAGE = '/workflows/sync-to-sheet';

/** The user opens "Sync won deals to Google Sheets": the spreadsheet picker is read from Google Drive on open. */
export const sheetsOpenPicker: DemoFlow = defineDemoFlow({
  name: 'google-sheets.open-picker',
  integration: 'google-sheets',
  title: 'Pick a Google Sheet for a workflow',
  dependsOn: [{ provider: 'google-sheets', endpoint: 'GET /drive/v3/files', context: { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' }, purpose: 'spreadsheet picker (required)' }],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL(PAGE, baseUrl).href);
  },
});

/** The user picks a spreadsheet and clicks "Sync now", following the progress bar. */
export const sheetsSync: DemoFlow = defineDemoFlow({
  name: 'google-sheets.sync',
  integration: 'google-sheets',
  title: 'Sync won deals to a Google Sheet with a progress bar',
  dependsOn: [
    { provider: 'google-sheets', endpoint: 'PUT /v4/spreadsheets/{spreadsheetId}/values/{range}', context: { initiatedBy: 'user-action', where: 'progress-bar' }, purpose: 'write a batch (guided)' },
    { provider: 'google-sheets', endpoint: 'POST /v4/spreadsheets/{spreadsheetId}/values/{range}:append', context: { initiatedBy: 'user-action', where: 'progress-bar' }, purpose: 'append a batch (legacy)' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    const picker = page.getByLabel('Spreadsheet');
    await picker.and(page.locator(':enabled')).waitFor();
    await picker.selectOption({ label: 'Q4 Sales Pipeline' });
    await markAction();
    await page.getByRole('button', { name: 'Sync now' }).click();
  },
});
