import type { CompanyState, QboObject } from './data.ts';
import { asObject, cents, namedRef, newEntityFields, required, requiredLines, requiredNumber, resolveRef, txnDate } from './refs.ts';
import { QboFault, qboJson } from './respond.ts';

const USD = { value: 'USD', name: 'United States Dollar' };
const DAY_MS = 24 * 60 * 60 * 1000;

function salesLine(state: CompanyState, line: Record<string, unknown>, index: number): Record<string, unknown> {
  const at = `Line[${index}]`;
  const amount = cents(requiredNumber(line, 'Amount', `${at}.Amount`));
  const detailType = required(line, 'DetailType', `${at}.DetailType`);
  const common = { Id: String(index + 1), LineNum: index + 1, ...(line.Description ? { Description: String(line.Description) } : {}), Amount: amount, DetailType: detailType };
  if (detailType === 'DescriptionOnly') return { ...common, DescriptionLineDetail: {} };
  if (detailType !== 'SalesItemLineDetail') throw new QboFault('invalid-property', { field: `${at}.DetailType` }, 'DetailType');
  const detail = asObject(required(line, 'SalesItemLineDetail', `${at}.SalesItemLineDetail`))!;
  const { entity: item } = resolveRef(state, ['Item'], required(detail, 'ItemRef', `${at}.SalesItemLineDetail.ItemRef`), `${at}.ItemRef`);
  const qty = detail.Qty === undefined ? 1 : requiredNumber(detail, 'Qty', `${at}.Qty`);
  return { ...common, SalesItemLineDetail: { ItemRef: namedRef(item), UnitPrice: cents(amount / (qty || 1)), Qty: qty, TaxCodeRef: { value: 'NON' } } };
}

/** `POST /invoice`: CustomerRef and Line (SalesItemLineDetail with an existing ItemRef) required; raises the customer's balance. */
export function createInvoice(state: CompanyState, body: Record<string, unknown>): Response {
  const { entity: customer } = resolveRef(state, ['Customer'], required(body, 'CustomerRef'), 'CustomerRef');
  const lines = requiredLines(body).map((line, index) => salesLine(state, line, index));
  const total = cents(lines.reduce((sum, line) => sum + Number(line.Amount), 0));
  const date = txnDate(body);
  const dueDate = body.DueDate === undefined ? new Date(Date.parse(date) + 30 * DAY_MS).toISOString().slice(0, 10) : txnDate(body, 'DueDate');
  const docNumber = body.DocNumber ? String(body.DocNumber) : String(state.nextDocNumber++);

  const invoice: QboObject = {
    ...newEntityFields(state),
    DocNumber: docNumber,
    TxnDate: date,
    DueDate: dueDate,
    CustomerRef: namedRef(customer),
    CurrencyRef: USD,
    TotalAmt: total,
    Balance: total,
    EmailStatus: 'NotSet',
    PrintStatus: 'NeedToPrint',
    ...(body.PrivateNote ? { PrivateNote: String(body.PrivateNote) } : {}),
    Line: [...lines, { Amount: total, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} }],
  };
  customer.Balance = cents(Number(customer.Balance) + total);
  customer.BalanceWithJobs = customer.Balance;
  state.entities.Invoice.push(invoice);
  return qboJson({ Invoice: structuredClone(invoice) });
}
