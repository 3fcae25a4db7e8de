import { Router } from 'express';
import customers from '../customers.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState } from './demo-state.ts';
import { sendFailure, type UxMode } from './failure.ts';
import type { Invoice, QuickBooksClient } from './quickbooks-client.ts';
import { demoWarn } from './log.ts';

/** What the records routes need. */
export interface RecordsRouterOptions {
  mode: UxMode;
  client: QuickBooksClient;
  policy: CallPolicy;
  state: DemoState;
}

/** The legacy invoices panel's hand-written retry loop: this many immediate attempts (requests). */
const LEGACY_ATTEMPTS = 3;

async function legacySilentRetry<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= LEGACY_ATTEMPTS) throw error;
    }
  }
}

const invoiceView = (i: Invoice) => ({ id: i.Id, number: i.DocNumber ?? i.Id, date: i.TxnDate, due: i.DueDate ?? null, total: i.TotalAmt, balance: i.Balance ?? 0 });
const csvCell = (value: unknown) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/**
 * The hub's customers (its own data) and what each one's record page and the reports read from QuickBooks:
 * the QuickBooks customer, its invoices, and the invoice export (CSV).
 */
export function createRecordsRouter({ mode, client, policy }: RecordsRouterOptions): Router {
  const router = Router();

  router.get('/api/customers', (_req, res) => res.json({ customers }));

  router.get('/api/customers/:id/quickbooks', async (req, res) => {
    const local = customers.find((c) => c.id === req.params.id);
    if (!local) {
      res.status(404).json({ error: { reason: 'not-found', issues: [`no customer "${req.params.id}"`] } });
      return;
    }
    try {
      const all = await policy.run((signal) => client.listCustomers({ signal }));
      const found = all.find((c) => c.Id === local.quickbooksId);
      res.json({ customer: local, quickbooks: found ? { id: found.Id, name: found.DisplayName, email: found.PrimaryEmailAddr?.Address ?? null, balance: found.Balance ?? 0 } : null });
    } catch (error) {
      sendFailure(res, mode, 'quickbooks', 'GET customer', error);
    }
  });

  router.get('/api/customers/:id/invoices', async (req, res) => {
    const local = customers.find((c) => c.id === req.params.id);
    if (!local) {
      res.status(404).json({ error: { reason: 'not-found', issues: [`no customer "${req.params.id}"`] } });
      return;
    }
    try {
      const read = () => policy.run((signal) => client.listInvoices(local.quickbooksId, { signal }));
      const invoices = mode === 'legacy' ? await legacySilentRetry(read) : await read();
      res.json({ invoices: invoices.map(invoiceView) });
    } catch (error) {
      // Legacy's panel got "no content" after its silent retries, and showed nothing at all.
      if (mode === 'legacy') {
        demoWarn(`quickbooks GET invoices failed after ${LEGACY_ATTEMPTS} attempts (answered 204): ${(error as Error).message}`);
        res.status(204).end();
        return;
      }
      sendFailure(res, mode, 'quickbooks', 'GET invoices', error);
    }
  });

  router.get('/api/quickbooks/invoices.csv', async (_req, res) => {
    try {
      const invoices = await policy.run((signal) => client.listInvoices(null, { signal }));
      const rows = [['Invoice', 'Customer', 'Date', 'Due', 'Total', 'Balance'], ...invoices.map((i) => [i.DocNumber ?? i.Id, i.CustomerRef.name ?? i.CustomerRef.value, i.TxnDate, i.DueDate ?? '', i.TotalAmt, i.Balance ?? 0])];
      res.type('text/csv').attachment('quickbooks-invoices.csv').send(`${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
    } catch (error) {
      sendFailure(res, mode, 'quickbooks', 'GET invoices export', error);
    }
  });

  return router;
}
