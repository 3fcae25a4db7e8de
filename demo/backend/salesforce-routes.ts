import { Router } from 'express';
import importContacts from '../import-contacts.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState } from './demo-state.ts';
import { guidedFailureBody, sendFailure, type UxMode } from './failure.ts';
import type { ProviderHttp } from './provider-http.ts';
import { demoWarn } from './log.ts';

/** What the Salesforce routes need. */
export interface SalesforceRouterOptions {
  mode: UxMode;
  http: ProviderHttp;
  policy: CallPolicy;
  state: DemoState;
}

/** The Salesforce REST API version the hub is written against. */
export const SALESFORCE_API_VERSION = 'v62.0';
const CACHE_KEY = 'salesforce:contacts';
const LIST_SOQL = 'SELECT Id, FirstName, LastName, Email, Title FROM Contact ORDER BY LastName LIMIT 50';

interface ContactRow { Id: string; FirstName?: string; LastName: string; Email?: string; Title?: string }
const soql = (query: string) => `/services/data/${SALESFORCE_API_VERSION}/query?q=${encodeURIComponent(query)}`;
const view = (c: ContactRow) => ({ id: c.Id, name: `${c.FirstName ?? ''} ${c.LastName}`.trim(), email: c.Email ?? '', title: c.Title ?? '' });

/**
 * Salesforce contacts: the list (a SOQL query) and importing a batch of contacts one at a time with progress.
 * Guided: a failed list serves the last known contacts flagged stale; each import create checks by email first,
 * so retrying never duplicates a contact. Legacy: a failed list is an empty one; the import just stops.
 */
export function createSalesforceRouter({ mode, http, policy, state }: SalesforceRouterOptions): Router {
  const router = Router();

  router.get('/api/salesforce/contacts', async (_req, res) => {
    try {
      const { records } = await policy.run((signal) => http<{ records: ContactRow[] }>({ method: 'GET', path: soql(LIST_SOQL), signal }));
      const contacts = records.map(view);
      state.remember(CACHE_KEY, contacts);
      res.json({ contacts });
    } catch (error) {
      if (mode === 'legacy') {
        demoWarn(`salesforce contacts failed (answered as empty): ${(error as Error).message}`);
        res.json({ contacts: [] });
        return;
      }
      const last = state.lastKnown(CACHE_KEY);
      if (!last) return sendFailure(res, mode, 'salesforce', 'GET contacts', error);
      res.json({ contacts: last.data, stale: { asOf: new Date(last.at).toISOString(), ...guidedFailureBody('salesforce', error).error } });
    }
  });

  router.get('/api/salesforce/import/batch', (_req, res) => res.json({ contacts: importContacts.map((c, i) => ({ index: i, name: `${c.FirstName} ${c.LastName}`, email: c.Email })) }));

  router.post('/api/salesforce/import/:index', async (req, res) => {
    const contact = importContacts[Number(req.params.index)];
    if (!contact) {
      res.status(404).json({ error: { reason: 'not-found', issues: [`no contact #${req.params.index} in the batch (0..${importContacts.length - 1})`] } });
      return;
    }
    try {
      const id = await policy.run(async (signal) => {
        if (mode === 'guided') {
          // Salesforce has no idempotency key: a create whose answer was lost is found by its email instead.
          const { records } = await http<{ records: ContactRow[] }>({ method: 'GET', path: soql(`SELECT Id FROM Contact WHERE Email = '${contact.Email}'`), signal });
          if (records[0]) return records[0].Id;
        }
        const created = await http<{ id: string }>({ method: 'POST', path: `/services/data/${SALESFORCE_API_VERSION}/sobjects/Contact`, body: contact, signal });
        return created.id;
      });
      res.status(201).json({ id });
    } catch (error) {
      sendFailure(res, mode, 'salesforce', 'POST Contact', error);
    }
  });

  return router;
}
