import { Router, type Response } from 'express';
import { isTaskCancelledError } from 'cockatiel';
import { z } from 'zod';
import type { CallPolicy } from './call-policies.ts';
import { INTEGRATION_NAMES, sendFailure as sendProviderFailure, type UxMode } from './failure.ts';
import { ProviderError } from './provider-error.ts';
import type { Account, QuickBooksClient } from './quickbooks-client.ts';
import { demoWarn } from './log.ts';

export { LEGACY_ERROR_BODY, failureReason, type FailureReason, type UxMode } from './failure.ts';

/** QuickBooks account types an expense can be paid from, with the purchase's `PaymentType` for each. */
const PAYMENT_TYPE_BY_ACCOUNT_TYPE: Record<string, 'CreditCard' | 'Cash'> = { 'Credit Card': 'CreditCard', Bank: 'Cash' };
const EXPENSE_ACCOUNT_TYPES = new Set(['Expense', 'Other Expense', 'Cost of Goods Sold']);

const expenseRequest = z.object({
  payeeId: z.string().min(1),
  paymentAccountId: z.string().min(1),
  paymentType: z.enum(['CreditCard', 'Cash', 'Check']),
  txnDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  amount: z.number().positive(),
  categoryId: z.string().min(1),
  memo: z.string().max(4000).default(''),
  /** Idempotency key the page keeps for one expense until it is created. */
  requestId: z.string().min(1).max(50),
});

/** What the API routes need: the mode, a QuickBooks client, and how to run reads and creates. */
export interface ApiRouterOptions {
  mode: UxMode;
  client: QuickBooksClient;
  policy: CallPolicy;
}

/** The page-facing JSON API under `/api/quickbooks`: payees, accounts, and creating an expense. */
export function createApiRouter({ mode, client, policy }: ApiRouterOptions): Router {
  const router = Router();

  router.get('/api/quickbooks/vendors', async (_req, res) => {
    try {
      const vendors = await policy.run((signal) => client.listVendors({ signal }));
      res.json({ vendors: vendors.map((v) => ({ id: v.Id, name: v.DisplayName })).sort(byName) });
    } catch (error) {
      sendFailure(res, mode, 'GET vendors', error);
    }
  });

  router.get('/api/quickbooks/accounts', async (_req, res) => {
    try {
      const accounts = await policy.run((signal) => client.listAccounts({ signal }));
      res.json(splitAccounts(accounts));
    } catch (error) {
      sendFailure(res, mode, 'GET accounts', error);
    }
  });

  router.post('/api/quickbooks/expenses', async (req, res) => {
    const input = expenseRequest.safeParse(req.body);
    if (!input.success) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
      return;
    }
    const e = input.data;
    const purchase = {
      PaymentType: e.paymentType,
      AccountRef: { value: e.paymentAccountId },
      EntityRef: { value: e.payeeId, type: 'Vendor' as const },
      TxnDate: e.txnDate,
      Line: [{ Amount: e.amount, DetailType: 'AccountBasedExpenseLineDetail' as const, AccountBasedExpenseLineDetail: { AccountRef: { value: e.categoryId } }, ...(e.memo ? { Description: e.memo } : {}) }],
    };
    // Legacy sends no idempotency key; guided does, which is what makes retrying a create safe.
    const requestId = mode === 'guided' ? e.requestId : undefined;
    try {
      const created = await policy.run((signal) => client.createPurchase(purchase, { signal, requestId }));
      res.status(201).json({ expense: created });
    } catch (error) {
      // A create that got no answer may have been applied by QuickBooks: say so rather than "it failed".
      if (mode === 'guided' && unanswered(error)) {
        demoWarn(`quickbooks POST purchase unconfirmed: ${(error as Error)?.message ?? error}`);
        res.status(503).json({ error: { integration: INTEGRATION_NAMES.quickbooks, reason: 'unconfirmed' } });
        return;
      }
      sendFailure(res, mode, 'POST purchase', error);
    }
  });

  return router;
}

function splitAccounts(accounts: Account[]) {
  const paymentAccounts = accounts
    .filter((a) => a.AccountType in PAYMENT_TYPE_BY_ACCOUNT_TYPE)
    .map((a) => ({ id: a.Id, name: a.Name, paymentType: PAYMENT_TYPE_BY_ACCOUNT_TYPE[a.AccountType] }));
  const expenseAccounts = accounts.filter((a) => EXPENSE_ACCOUNT_TYPES.has(a.AccountType)).map((a) => ({ id: a.Id, name: a.Name }));
  return { paymentAccounts: paymentAccounts.sort(byName), expenseAccounts: expenseAccounts.sort(byName) };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

/** True when a call got no answer at all (reset, closed socket, timed out): the provider may have applied it. */
function unanswered(error: unknown): boolean {
  return isTaskCancelledError(error) || (error instanceof ProviderError && error.status === null);
}

function sendFailure(res: Response, mode: UxMode, call: string, error: unknown): void {
  sendProviderFailure(res, mode, 'quickbooks', call, error);
}
