import { expect as baseExpect, type ExpectMatcherState, type MatcherReturnType, type Page } from '@playwright/test';
import type { Classification } from '../../judge/classify.ts';
import { prescribeResponse } from '../../guidelines/prescribe.ts';
import type { ScenarioContext } from '../../scenario/types.ts';
import { classifyPageNow, describeClassification, type JudgePageOptions } from './judge-page.ts';

/** Options of `toShowPrescribedResponse`: where the user is (or the kind itself), and the integration's names. */
export interface PrescribedResponseOptions extends JudgePageOptions {
  /** Decision-tree answers, e.g. `{ initiatedBy: 'user-action', where: 'form', ... }`. */
  context?: ScenarioContext;
  /** The prescribed kind, instead of a context. */
  kind?: string;
  /** How long to retry (ms); default the expect timeout. */
  timeout?: number;
}

/** Passes when the observed kind is the prescribed one and its copy has no rule error. */
const matches = (c: Classification, prescribed: string) =>
  (c.kind ?? c.category) === prescribed && !c.copyFindings.some((f) => f.level === 'error');

/**
 * `await expect(page).toShowPrescribedResponse({ context, names: ['QuickBooks'] })`: retries until the page
 * shows the decision tree's prescribed response kind with copy that breaks no error-level rule.
 */
export async function toShowPrescribedResponse(this: ExpectMatcherState, page: Page, options: PrescribedResponseOptions): Promise<MatcherReturnType> {
  const answer = options.kind ? { kind: options.kind } : options.context ? prescribeResponse(options.context) : null;
  if (!answer || 'problem' in answer) {
    const why = answer ? `context.${answer.problem.key} is ${JSON.stringify(answer.problem.got)}; allowed: ${answer.problem.allowed.join(', ')}` : 'neither context nor kind was given';
    throw new Error(`brownout: toShowPrescribedResponse cannot prescribe a response: ${why}`);
  }
  const prescribed = answer.kind;
  let last: Classification | undefined;
  let pass = !this.isNot;
  try {
    const poll = baseExpect.poll(async () => matches((last = await classifyPageNow(page, options)), prescribed), { timeout: options.timeout ?? this.timeout });
    await (this.isNot ? poll.toBe(false) : poll.toBe(true));
  } catch {
    pass = this.isNot;
  }
  // A timeout shorter than one classification on a loaded machine ends the poll before its first answer: the
  // page is then judged once more, so the verdict and its message always rest on what the page showed.
  if (!last) {
    last = await classifyPageNow(page, options);
    pass = matches(last, prescribed);
  }
  const errors = (last?.copyFindings ?? []).filter((f) => f.level === 'error').map((f) => `${f.rule} (${f.detail ?? f.text})`);
  return {
    pass,
    name: 'toShowPrescribedResponse',
    expected: prescribed,
    actual: last?.kind ?? last?.category,
    message: () => [
      `expect(page)${this.isNot ? '.not' : ''}.toShowPrescribedResponse()`,
      '',
      `Expected: ${this.isNot ? 'not ' : ''}${this.utils.printExpected(prescribed)} with no copy-rule error`,
      `Received: ${this.utils.printReceived(describeClassification(last).label)}${describeClassification(last).detail}`,
      ...(errors.length ? [`Copy-rule errors: ${errors.join('; ')}`] : []),
    ].join('\n'),
  };
}
