import { z } from 'zod';
import { ProviderError, parseJson, retryAfterMs } from './provider-error.ts';

/** QuickBooks Online minor version the demo is written against (part of every request's query). */
export const QBO_MINOR_VERSION = '75';

/** The fixed access token the demo sends; the mocks accept any bearer token. */
const DEMO_ACCESS_TOKEN = 'demo-access-token';

/** Why a call to QuickBooks failed (see `ProviderError`). */
export class QuickBooksError extends ProviderError {
  override readonly name = 'QuickBooksError';

  constructor(message: string, status: number | null, code: string | null = null, retryAfter: number | null = null) {
    super('quickbooks', message, status, code, retryAfter);
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

const itemSchema = z.object({ Id: z.string(), Name: z.string(), Type: z.string().optional(), UnitPrice: z.number().optional() });
const itemList = z.object({ QueryResponse: z.object({ Item: z.array(itemSchema).default([]) }) });
const itemCreated = z.object({ Item: itemSchema });
const customerSchema = z.object({ Id: z.string(), DisplayName: z.string(), PrimaryEmailAddr: z.object({ Address: z.string() }).optional(), Balance: z.number().optional() });
const customerList = z.object({ QueryResponse: z.object({ Customer: z.array(customerSchema).default([]) }) });
const invoiceSchema = z.object({ Id: z.string(), CustomerRef: z.object({ value: z.string(), name: z.string().optional() }), DocNumber: z.string().optional(), TxnDate: z.string(), TotalAmt: z.number(), Balance: z.number().optional(), DueDate: z.string().optional() });
const invoiceList = z.object({ QueryResponse: z.object({ Invoice: z.array(invoiceSchema).default([]) }) });
const invoiceCreated = z.object({ Invoice: invoiceSchema });

/** A vendor as the expense form needs it. */
export type Vendor = z.infer<typeof vendorList>['QueryResponse']['Vendor'][number];
/** An account as the expense form needs it. */
export type Account = z.infer<typeof accountList>['QueryResponse']['Account'][number];
/** A product or service. */
export type Item = z.infer<typeof itemSchema>;
/** A customer (the hub's accounts are linked to these). */
export type Customer = z.infer<typeof customerSchema>;
/** An invoice as lists and exports need it. */
export type Invoice = z.infer<typeof invoiceSchema>;

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
    // A changed shape (a breaking change) is not transient: retrying gets the same shape back.
    if (!parsed.success) throw new QuickBooksError(`${method} ${path}: unexpected response shape`, response.status, 'unexpected-shape');
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
    /** Every product and service. */
    async listItems(options: CallOptions = {}): Promise<Item[]> {
      return (await call('GET', 'query', { query: 'select * from Item' }, undefined, itemList, options)).QueryResponse.Item;
    },
    /** The item with this exact name, or null (names are unique in QuickBooks). */
    async findItemByName(name: string, options: CallOptions = {}): Promise<Item | null> {
      const query = `select * from Item where Name = '${name.replace(/'/g, "\\'")}'`;
      return (await call('GET', 'query', { query }, undefined, itemList, options)).QueryResponse.Item[0] ?? null;
    },
    /** Creates a service item credited to an income account. */
    async createItem(input: { name: string; unitPrice: number; incomeAccountId: string }, options: CallOptions = {}): Promise<Item> {
      const body = { Name: input.name, Type: 'Service', UnitPrice: input.unitPrice, IncomeAccountRef: { value: input.incomeAccountId } };
      return (await call('POST', 'item', {}, body, itemCreated, options)).Item;
    },
    /** Every customer. */
    async listCustomers(options: CallOptions = {}): Promise<Customer[]> {
      return (await call('GET', 'query', { query: 'select * from Customer' }, undefined, customerList, options)).QueryResponse.Customer;
    },
    /** Invoices, all or one customer's. */
    async listInvoices(customerId: string | null, options: CallOptions = {}): Promise<Invoice[]> {
      const all = (await call('GET', 'query', { query: 'select * from Invoice' }, undefined, invoiceList, options)).QueryResponse.Invoice;
      return customerId ? all.filter((invoice) => invoice.CustomerRef.value === customerId) : all;
    },
    /** Creates a one-line invoice for a customer. */
    async createInvoice(input: { customerId: string; itemId: string; amount: number; description: string }, options: CallOptions = {}): Promise<Invoice> {
      const body = {
        CustomerRef: { value: input.customerId },
        Line: [{ Amount: input.amount, Description: input.description, DetailType: 'SalesItemLineDetail', SalesItemLineDetail: { ItemRef: { value: input.itemId }, Qty: 1 } }],
      };
      return (await call('POST', 'invoice', {}, body, invoiceCreated, options)).Invoice;
    },
  };
}

/** The client `createQuickBooksClient` returns. */
export type QuickBooksClient = ReturnType<typeof createQuickBooksClient>;
