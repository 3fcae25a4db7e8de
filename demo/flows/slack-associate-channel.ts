import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const PAGE = '/slack/channels/new';
const submit = { initiatedBy: 'user-action', where: 'form-submit' };

/** The user opens "Associate a Slack channel": the people to invite are read from Slack on open. */
export const slackOpenChannelForm: DemoFlow = defineDemoFlow({
  name: 'slack.open-channel-form',
  integration: 'slack',
  title: 'Open "Associate a Slack channel"',
  dependsOn: [
    { provider: 'slack', endpoint: 'POST /api/users.list', context: { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' }, purpose: 'people to invite (required)' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL(PAGE, baseUrl).href);
  },
});

/** The user picks two people and clicks "Create channel": Slack creates the channel, then invites them. */
export const slackAssociateChannel: DemoFlow = defineDemoFlow({
  name: 'slack.associate-channel',
  integration: 'slack',
  title: 'Associate a Slack channel (create it, then invite people)',
  dependsOn: [
    { provider: 'slack', endpoint: 'POST /api/conversations.list', context: submit, purpose: 'check before create (guided)' },
    { provider: 'slack', endpoint: 'POST /api/conversations.create', context: submit, purpose: 'create the channel' },
    { provider: 'slack', endpoint: 'POST /api/conversations.invite', context: submit, purpose: 'invite the people picked' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    const people = page.getByLabel('People to invite');
    await people.and(page.locator(':enabled')).waitFor();
    const options = await people.locator('option').allTextContents();
    await people.selectOption(options.slice(0, 2).map((label) => ({ label })));
    // A fresh name per drill: the mock's workspace keeps channels for the whole run.
    await page.getByLabel('Channel name').fill(`acct-cool-cars-${Date.now().toString(36)}`);
    await markAction();
    await page.getByRole('button', { name: 'Create channel' }).click();
  },
});
