import type { Flow } from './types.ts';

/**
 * Declares a flow with its types checked; export it from a module listed in the config's `flows:`.
 * @example
 * export const postNote = defineFlow({
 *   name: 'slack.post-note', integration: 'slack', title: 'Post a note to Slack',
 *   context: { initiatedBy: 'user-action', where: 'form-submit' },
 *   async run({ page, baseUrl, markAction }) { await page.goto(baseUrl); await markAction(); await page.click('text=Post'); },
 * });
 */
export function defineFlow(flow: Flow): Flow {
  return flow;
}
