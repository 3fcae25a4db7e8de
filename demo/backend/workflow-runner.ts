import workflow from '../workflow.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState, WorkflowRun } from './demo-state.ts';
import { failureReason, type FailureReason, type UxMode } from './failure.ts';
import type { QuickBooksClient } from './quickbooks-client.ts';
import { demoWarn } from './log.ts';

/** A run as the page gets it: guided runs say which step failed and why, as a reason code. */
export type RunView = WorkflowRun & { failure?: { step: string; reason: FailureReason } };

/** What running the workflow needs. */
export interface RunnerOptions {
  mode: UxMode;
  client: QuickBooksClient;
  policy: CallPolicy;
  state: DemoState;
}

/**
 * Runs (or, for a failed run, resumes) "Invoice when a deal is won" for the test deal: find the product,
 * create it if missing and allowed, then create the invoice.
 * Guided: each call under the retry policy, creates keyed with `requestid` per run and step, and a resumed run
 * checks before creating, so nothing is created twice; a failure marks the run failed at its step.
 * Legacy: one attempt each, no keys, and the engine records any ending as a success (the case study's "before").
 */
export async function executeRun(run: RunView, { mode, client, policy, state }: RunnerOptions): Promise<RunView> {
  const deal = workflow.testDeal;
  const { productName, createIfMissing } = state.config;
  const key = (step: string) => (mode === 'guided' ? `${run.id}-${step}` : undefined);
  run.status = 'running';
  run.attempts += 1;
  run.steps = [];
  let step = `Find the product "${productName}" in QuickBooks`;
  try {
    let item = await policy.run((signal) => client.findItemByName(productName, { signal }));
    run.steps.push({ name: step, status: item ? 'done' : 'skipped', ref: item?.Id });
    if (!item) {
      step = `Create the product "${productName}" in QuickBooks`;
      if (createIfMissing !== 'yes') throw new MissingProduct(productName);
      const basedOn = state.config.basedOnItemId;
      const template = basedOn ? (await policy.run((signal) => client.listItems({ signal }))).find((i) => i.Id === basedOn) : undefined;
      const created = await policy.run((signal) =>
        client.createItem({ name: productName, unitPrice: template?.UnitPrice ?? deal.amount, incomeAccountId: workflow.defaultIncomeAccountId }, { signal, requestId: key('item') }),
      );
      item = created;
      run.steps.push({ name: step, status: 'done', ref: created.Id });
    }
    step = `Create the invoice for ${deal.customerName} in QuickBooks`;
    const itemId = item.Id;
    const invoice = await policy.run((signal) =>
      client.createInvoice({ customerId: deal.customerId, itemId, amount: deal.amount, description: deal.title }, { signal, requestId: key('invoice') }),
    );
    run.steps.push({ name: step, status: 'done', ref: invoice.DocNumber ?? invoice.Id });
    run.status = 'succeeded';
    delete run.failure;
    delete run.reason;
  } catch (error) {
    demoWarn(`workflow ${run.id} failed at "${step}": ${(error as Error).message}`);
    if (mode === 'legacy') {
      // The legacy engine only logged the error and closed the run as finished, the failed step unrecorded.
      run.status = 'succeeded';
    } else {
      run.steps.push({ name: step, status: 'failed' });
      run.status = 'failed';
      run.failure = { step, reason: error instanceof MissingProduct ? 'rejected' : failureReason(error) };
    }
  }
  return run;
}

/** A new run of the test deal, recorded in the history (newest first). */
export function startRun(state: DemoState): RunView {
  const run: RunView = { id: state.newRunId(), startedAt: new Date().toISOString(), deal: `${workflow.testDeal.id} · ${workflow.testDeal.title}`, status: 'running', steps: [], attempts: 0 };
  state.runs.unshift(run);
  return run;
}

class MissingProduct extends Error {
  constructor(name: string) {
    super(`the product "${name}" does not exist in QuickBooks and creating it is turned off`);
  }
}
