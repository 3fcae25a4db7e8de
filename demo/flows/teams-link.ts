import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

/** The user links a teammate to a Microsoft Teams account on the Teams settings page. */
export const teamsLinkAccount: DemoFlow = defineDemoFlow({
  name: 'msgraph.link-account',
  integration: 'msgraph',
  title: 'Link a teammate to a Microsoft Teams account',
  dependsOn: [
    { provider: 'msgraph', endpoint: 'GET /v1.0/users', context: { initiatedBy: 'user-action', where: 'settings-page' }, purpose: 'the Teams account picker' },
    { provider: 'msgraph', endpoint: 'GET /v1.0/users/{id}', context: { initiatedBy: 'user-action', where: 'settings-page' }, purpose: 'check the chosen account when saving' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL('/settings/teams', baseUrl).href);
    const account = page.getByLabel('Microsoft Teams account');
    await account.and(page.locator(':enabled')).waitFor();
    await account.selectOption({ index: 1 });
    await markAction();
    await page.getByRole('button', { name: 'Link account' }).click();
  },
});
