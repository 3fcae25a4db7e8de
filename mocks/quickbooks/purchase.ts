import type { CompanyState, QboObject } from './data.ts';
import { asObject, cents, namedRef, newEntityFields, required, requiredLines, requiredNumber, resolveRef, txnDate } from './refs.ts';
import { QboFault, qboJson } from './respond.ts';

const PAYMENT_TYPES = new Set(['Cash', 'Check', 'CreditCard']);
const USD = { value: 'USD', name: 'United States Dollar' };

function expenseLine(state: CompanyState, line: Record<string, unknown>, index: number): Record<string, unknown> {
  const at = `Line[${index}]`;
  const amount = requiredNumber(line, 'Amount', `${at}.Amount`);
  const detailType = required(line, 'DetailType', `${at}.DetailType`);
  const common = { Id: String(index + 1), ...(line.Description ? { Description: String(line.Description) } : {}), Amount: cents(amount), DetailType: detailType };
  if (detailType === 'AccountBasedExpenseLineDetail') {
    const detail = asObject(required(line, 'AccountBasedExpenseLineDetail', `${at}.AccountBasedExpenseLineDetail`))!;
    const { entity } = resolveRef(state, ['Account'], required(detail, 'AccountRef', `${at}.AccountBasedExpenseLineDetail.AccountRef`), `${at}.AccountRef`);
    return { ...common, AccountBasedExpenseLineDetail: { AccountRef: namedRef(entity), BillableStatus: detail.BillableStatus ?? 'NotBillable', TaxCodeRef: { value: 'NON' } } };
  }
  if (detailType === 'ItemBasedExpenseLineDetail') {
    const detail = asObject(required(line, 'ItemBasedExpenseLineDetail', `${at}.ItemBasedExpenseLineDetail`))!;
    const { entity } = resolveRef(state, ['Item'], required(detail, 'ItemRef', `${at}.ItemBasedExpenseLineDetail.ItemRef`), `${at}.ItemRef`);
    const qty = detail.Qty === undefined ? 1 : requiredNumber(detail, 'Qty', `${at}.Qty`);
    return { ...common, ItemBasedExpenseLineDetail: { ItemRef: namedRef(entity), Qty: qty, UnitPrice: cents(amount / (qty || 1)), BillableStatus: 'NotBillable', TaxCodeRef: { value: 'NON' } } };
  }
  throw new QboFault('invalid-property', { field: `${at}.DetailType` }, 'DetailType');
}

/**
 * `POST /purchase`: validates like QuickBooks (PaymentType, AccountRef, Line with Amount and a detail; every
 * reference must exist), then stores the purchase and moves the paying account's balance.
 */
export function createPurchase(state: CompanyState, body: Record<string, unknown>): Response {
  // Required fields first, then references, as QuickBooks reports them.
  const paymentType = required(body, 'PaymentType');
  const accountRef = required(body, 'AccountRef');
  const rawLines = requiredLines(body);
  if (typeof paymentType !== 'string' || !PAYMENT_TYPES.has(paymentType)) throw new QboFault('invalid-property', { field: 'PaymentType' }, 'PaymentType');
  const { entity: account } = resolveRef(state, ['Account'], accountRef, 'AccountRef');
  let entityRef: Record<string, unknown> | undefined;
  if (body.EntityRef !== undefined) {
    const type = asObject(body.EntityRef)?.type;
    const lists = type === 'Customer' ? (['Customer'] as const) : type === 'Vendor' ? (['Vendor'] as const) : (['Vendor', 'Customer'] as const);
    const { entity, list } = resolveRef(state, [...lists], body.EntityRef, 'EntityRef');
    entityRef = { ...namedRef(entity), type: list };
  }
  const lines = rawLines.map((line, index) => expenseLine(state, line, index));
  const total = cents(lines.reduce((sum, line) => sum + Number(line.Amount), 0));
  const date = txnDate(body);

  const purchase: QboObject = {
    AccountRef: namedRef(account),
    PaymentType: paymentType,
    ...(entityRef ? { EntityRef: entityRef } : {}),
    ...(paymentType === 'CreditCard' ? { Credit: false } : {}),
    TotalAmt: total,
    ...newEntityFields(state),
    TxnDate: date,
    CurrencyRef: USD,
    ...(body.DocNumber ? { DocNumber: String(body.DocNumber) } : {}),
    ...(body.PrivateNote ? { PrivateNote: String(body.PrivateNote) } : {}),
    Line: lines,
  };
  // A card charge raises what is owed on the card; cash and checks lower the bank balance.
  const delta = account.AccountType === 'Credit Card' ? total : account.AccountType === 'Bank' ? -total : 0;
  account.CurrentBalance = cents(Number(account.CurrentBalance) + delta);
  account.CurrentBalanceWithSubAccounts = account.CurrentBalance;
  state.entities.Purchase.push(purchase);
  return qboJson({ Purchase: structuredClone(purchase) });
}
