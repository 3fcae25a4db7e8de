import { REALM_ID } from './data.ts';

/** A seeded-data purchase body: $12.50 on the Visa card to Books by Bessie, booked to Office Expenses. */
export const samplePurchase = () => ({
  PaymentType: 'CreditCard',
  AccountRef: { value: '42' },
  EntityRef: { value: '30', type: 'Vendor' },
  TxnDate: '2026-11-20',
  Line: [{ Amount: 12.5, DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: { AccountRef: { value: '15' } } }],
});

/** Raw HTTP calls to a QuickBooks mock as a real client makes them (for tests): Bearer token, minorversion=75. */
export function qboRequests(baseUrl: string, realmId = REALM_ID) {
  const company = `${baseUrl}/v3/company/${realmId}`;
  const headers = { Authorization: 'Bearer test-access-token', Accept: 'application/json' };
  return {
    company,
    /** `GET /query?query=...`. */
    query(text: string, init: RequestInit = {}) {
      return fetch(`${company}/query?query=${encodeURIComponent(text)}&minorversion=75`, { headers, ...init });
    },
    /** `POST /<entity>` with a JSON body; `requestId` becomes QuickBooks' `?requestid=`. */
    create(entity: string, body: unknown, options: { requestId?: string; init?: RequestInit } = {}) {
      const id = options.requestId ? `&requestid=${encodeURIComponent(options.requestId)}` : '';
      return fetch(`${company}/${entity}?minorversion=75${id}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        ...options.init,
      });
    },
    /** `GET /<entity>/<id>`. */
    read(entity: string, id: string) {
      return fetch(`${company}/${entity}/${id}?minorversion=75`, { headers });
    },
  };
}
