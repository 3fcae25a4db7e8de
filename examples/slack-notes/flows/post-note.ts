import { defineFlow } from 'brownout';

/** The user writes a note and posts it to Slack: the submit is the action whose outcome is judged. */
export const postNote = defineFlow({
  name: 'slack.post-note',
  integration: 'slack',
  title: 'Share a note to Slack',
  context: { initiatedBy: 'user-action', where: 'form-submit' },
  async run({ page, baseUrl, markAction }) {
    await page.goto(baseUrl);
    await page.getByRole('textbox', { name: 'Note' }).fill('Release 4.2 is out: the export bug is fixed.');
    await markAction();
    await page.getByRole('button', { name: 'Post to Slack' }).click();
  },
});
