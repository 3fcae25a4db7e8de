import { z } from 'zod';

/** QuickBooks Online minor version the demo is written against (part of every request's query). */
export const QBO_MINOR_VERSION = '75';

/** The fixed access token the demo sends; the mocks accept any bearer token. */
const DEMO_ACCESS_TOKEN = 'demo-access-token';

/** Why a call to QuickBooks failed, with what the retry policy and the routes need to decide. */
export class QuickBooksError extends Error {
  override readonly name = 'QuickBooksError';

  constructor(
    message: string,
    /** HTTP status, or null when no response came back (connection refused, reset, bad body). */
    readonly status: number | null,
    /** The first `Fault.Error[].code`, when QuickBooks sent one. */
    readonly code: string | null = null,
    /** The `Retry-After` the response asked for (ms), or null. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** Whether trying again later may succeed: no response, throttled, or a server-side failure. */
  get transient(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }
}

const faultBody = z.object({
  Fault: z.object({ Error: z.array(z.object({ Message: z.string().optional(), code: z.string().optional() })) }),
});

const vendorList = z.object({
  QueryResponse: z.object({
    // QuickBooks omits the entity key entirely when a query matches nothing.
    Vendor: z.array(z.object({ Id: z.string(), DisplayName: z.string() })).default([]),
  }),
});

const accountList = z.object({
  QueryResponse: z.object({
    Account: z.array(z.object({ Id: z.string(), Name: z.string(), AccountType: z.string() })).default([]),
  }),
});

const purchaseCreated = z.object({ Purchase: z.object({ Id: z.string() }) });

/** A vendor as the expense form needs it. */
export type Vendor = z.infer<typeof vendorList>['QueryResponse']['Vendor'][number];
/** An account as the expense form needs it. */
export type Account = z.infer<typeof accountList>['QueryResponse']['Account'][number];

/** The body of `POST /v3/company/{realmId}/purchase` for a one-line expense. */
export interface PurchaseInput {
  PaymentType: 'CreditCard' | 'Cash' | 'Check';
  AccountRef: { value: string };
  EntityRef: { value: string; type: 'Vendor' };
  TxnDate: string;
  Line: Array<{
    Amount: number;
    DetailType: 'AccountBasedExpenseLineDetail';
    AccountBasedExpenseLineDetail: { AccountRef: { value: string } };
    Description?: string;
  }>;
}

/** Where and as whom the client talks to QuickBooks Online. */
export interface QuickBooksClientOptions {
  baseUrl: string;
  realmId: string;
}

/** Per-call options: cancellation (the retry policy's timeouts) and QuickBooks' idempotency key. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Sent as `?requestid=`: QuickBooks answers a repeated id with the first result instead of creating again. */
  requestId?: string;
}

/** A QuickBooks Online v3 client for the calls the expense form makes, speaking the real wire format. */
export function createQuickBooksClient({ baseUrl, realmId }: QuickBooksClientOptions) {
  const companyUrl = `${baseUrl.replace(/\/+$/, '')}/v3/company/${encodeURIComponent(realmId)}`;

  async function send(method: 'GET' | 'POST', path: string, params: Record<string, string>, body: unknown, options: CallOptions) {
    const url = new URL(`${companyUrl}/${path}`);
    for (const [key, value] of Object.entries({ ...params, minorversion: QBO_MINOR_VERSION })) url.searchParams.set(key, value);
    if (options.requestId) url.searchParams.set('requestid', options.requestId);
    const headers: Record<string, string> = { Authorization: `Bearer ${DEMO_ACCESS_TOKEN}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: options.signal });
      const text = await response.text();
      return { response, json: parseJson(text) };
    } catch (error) {
      // A cancelled call belongs to the caller's timeout; only genuine network failures become ours.
      if (options.signal?.aborted) throw error;
      throw new QuickBooksError(`${method} ${path}: no response (${(error as Error).message})`, null);
    }
  }

  async function call<T>(method: 'GET' | 'POST', path: string, params: Record<string, string>, body: unknown, schema: z.ZodType<T>, options: CallOptions): Promise<T> {
    const { response, json } = await send(method, path, params, body, options);
    const fault = faultBody.safeParse(json);
    // QuickBooks sometimes answers 200 with a Fault body; that is a failure all the same.
    if (!response.ok || fault.success) {
      const first = fault.success ? fault.data.Fault.Error[0] : undefined;
      const status = response.ok ? 400 : response.status;
      throw new QuickBooksError(`${method} ${path}: HTTP ${response.status} ${first?.Message ?? ''}`.trim(), status, first?.code ?? null, retryAfterMs(response.headers.get('retry-after')));
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new QuickBooksError(`${method} ${path}: unexpected response shape`, null);
    return parsed.data;
  }

  return {
    /** Every vendor (QuickBooks' payees for expenses). */
    async listVendors(options: CallOptions = {}): Promise<Vendor[]> {
      const data = await call('GET', 'query', { query: 'select * from Vendor' }, undefined, vendorList, options);
      return data.QueryResponse.Vendor;
    },
    /** Every account; callers pick the payment (bank, credit card) and expense ones. */
    async listAccounts(options: CallOptions = {}): Promise<Account[]> {
      const data = await call('GET', 'query', { query: 'select * from Account' }, undefined, accountList, options);
      return data.QueryResponse.Account;
    },
    /** Creates a purchase (an expense) and returns its QuickBooks id. */
    async createPurchase(purchase: PurchaseInput, options: CallOptions = {}): Promise<{ id: string }> {
      const data = await call('POST', 'purchase', {}, purchase, purchaseCreated, options);
      return { id: data.Purchase.Id };
    },
  };
}

/** The client `createQuickBooksClient` returns. */
export type QuickBooksClient = ReturnType<typeof createQuickBooksClient>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
