import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const PAGE = '/settings/zoom';
const settingsPage = { initiatedBy: 'user-action', where: 'settings-page' };

/** The user opens Zoom settings: the meeting defaults are read from Zoom. */
export const zoomOpenSettings: DemoFlow = defineDemoFlow({
  name: 'zoom.open-settings',
  integration: 'zoom',
  title: 'Open the Zoom settings page',
  dependsOn: [{ provider: 'zoom', endpoint: 'GET /v2/users/me/settings', context: settingsPage, purpose: 'meeting defaults' }],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL(PAGE, baseUrl).href);
  },
});

/** The user changes a meeting default and clicks Save: the settings are sent to Zoom. */
export const zoomSaveSettings: DemoFlow = defineDemoFlow({
  name: 'zoom.save-settings',
  integration: 'zoom',
  title: 'Change and save a Zoom setting',
  dependsOn: [{ provider: 'zoom', endpoint: 'PATCH /v2/users/me/settings', context: settingsPage, purpose: 'save the meeting defaults' }],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    const box = page.getByLabel("Let customers join before the host");
    await box.waitFor();
    await box.check();
    await markAction();
    await page.getByRole('button', { name: 'Save' }).click();
  },
});
