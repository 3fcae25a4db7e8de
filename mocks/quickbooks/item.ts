import type { CompanyState, QboObject } from './data.ts';
import { namedRef, newEntityFields, required, requiredNumber, resolveRef, txnDate } from './refs.ts';
import { QboFault, qboJson } from './respond.ts';

const ITEM_TYPES = new Set(['Service', 'NonInventory', 'Inventory']);

/**
 * `POST /item`: Name (unique among items, case-insensitive: else 6240 Duplicate Name Exists) and an existing
 * IncomeAccountRef; Inventory items also need ExpenseAccountRef, AssetAccountRef, QtyOnHand and InvStartDate.
 */
export function createItem(state: CompanyState, body: Record<string, unknown>): Response {
  const name = String(required(body, 'Name')).trim();
  if (state.entities.Item.some((item) => String(item.Name).toLowerCase() === name.toLowerCase())) {
    throw new QboFault('duplicate-name', { name }, 'Name');
  }
  const type = body.Type ?? 'Service';
  if (typeof type !== 'string' || !ITEM_TYPES.has(type)) throw new QboFault('invalid-property', { field: 'Type' }, 'Type');
  const income = resolveRef(state, ['Account'], required(body, 'IncomeAccountRef'), 'IncomeAccountRef').entity;
  const inventory: Record<string, unknown> = {};
  if (type === 'Inventory') {
    inventory.ExpenseAccountRef = namedRef(resolveRef(state, ['Account'], required(body, 'ExpenseAccountRef'), 'ExpenseAccountRef').entity);
    inventory.AssetAccountRef = namedRef(resolveRef(state, ['Account'], required(body, 'AssetAccountRef'), 'AssetAccountRef').entity);
    inventory.QtyOnHand = requiredNumber(body, 'QtyOnHand');
    required(body, 'InvStartDate');
    inventory.InvStartDate = txnDate(body, 'InvStartDate');
  }
  const unitPrice = body.UnitPrice === undefined ? 0 : requiredNumber(body, 'UnitPrice');
  const purchaseCost = body.PurchaseCost === undefined ? 0 : requiredNumber(body, 'PurchaseCost');
  const item: QboObject = {
    ...newEntityFields(state),
    Name: name,
    Description: body.Description === undefined ? name : String(body.Description),
    Active: true,
    FullyQualifiedName: name,
    Taxable: body.Taxable === true,
    UnitPrice: unitPrice,
    Type: type,
    IncomeAccountRef: namedRef(income),
    PurchaseCost: purchaseCost,
    TrackQtyOnHand: type === 'Inventory',
    ...inventory,
  };
  state.entities.Item.push(item);
  return qboJson({ Item: structuredClone(item) });
}
