import { defineFlow } from 'brownout';

const LIST = 'GET /repos/{owner}/{repo}/issues';
const CREATE = 'POST /repos/{owner}/{repo}/issues';

/** The user opens the tracker: the issues panel is read from GitHub while the rest of the page works. */
export const listIssues = defineFlow({
  name: 'github.list-issues',
  integration: 'github',
  title: "See the repository's open issues",
  context: { initiatedBy: 'viewing', data: 'unavailable', scope: 'section' },
  endpoints: { [`github ${LIST}`]: { initiatedBy: 'viewing', data: 'unavailable', scope: 'section' } },
  async run({ page, baseUrl, markAction }) {
    await markAction();
    await page.goto(baseUrl);
  },
});

/** The user files a new issue: the submit is the action whose outcome is judged. */
export const createIssue = defineFlow({
  name: 'github.create-issue',
  integration: 'github',
  title: 'File a new issue on GitHub',
  context: { initiatedBy: 'user-action', where: 'form-submit' },
  // The list this page reads first is drilled on github.list-issues (a viewing context this flow cannot take).
  endpoints: { [`github ${CREATE}`]: { initiatedBy: 'user-action', where: 'form-submit' } },
  async run({ page, baseUrl, markAction }) {
    await page.goto(baseUrl);
    await page.getByRole('listitem').first().waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Export fails for reports over 10 MB');
    await page.getByRole('textbox', { name: 'Description' }).fill('Exporting the yearly report stops at 10 MB.');
    await markAction();
    await page.getByRole('button', { name: 'Create issue' }).click();
  },
});
