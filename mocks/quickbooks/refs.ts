import { qboDate, qboTime } from './clock.ts';
import type { CompanyState, EntityName, QboObject } from './data.ts';
import { QboFault } from './respond.ts';

/** How QuickBooks names the list a reference points into, in "Invalid Reference Id : <list> element id ...". */
const LIST_LABEL: Record<EntityName, string> = {
  Vendor: 'Names', Customer: 'Names', Account: 'Accounts', Item: 'Items', Purchase: 'Transactions', Invoice: 'Transactions',
};

/** A JSON object, or undefined for anything else. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value of a required field; throws QuickBooks' "Required param missing" (2020) naming `path`. */
export function required(owner: Record<string, unknown>, key: string, path = key): unknown {
  const value = owner[key];
  if (value === undefined || value === null || value === '') throw new QboFault('required-param', { field: path }, path);
  return value;
}

/** A required finite number (an amount, a quantity); throws 2020 when missing, 2010 when not a number. */
export function requiredNumber(owner: Record<string, unknown>, key: string, path = key): number {
  const value = required(owner, key, path);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new QboFault('invalid-property', { field: path }, path);
  return number;
}

/**
 * Resolves a `{ value: id }` reference into one of `lists`: unknown id -> 2500 Invalid Reference Id, inactive
 * (soft-deleted) entity -> 610 Object Not Found, as QuickBooks answers.
 */
export function resolveRef(state: CompanyState, lists: EntityName[], ref: unknown, path: string): { entity: QboObject; list: EntityName } {
  const id = asObject(ref)?.value;
  if (id === undefined || id === null || id === '') throw new QboFault('required-param', { field: `${path}.value` }, path);
  for (const list of lists) {
    const entity = state.entities[list].find((candidate) => candidate.Id === String(id));
    if (entity) {
      if (entity.Active === false) throw new QboFault('inactive-reference', { id: String(id) }, path);
      return { entity, list };
    }
  }
  throw new QboFault('invalid-reference', { list: LIST_LABEL[lists[0]!], id: String(id) }, path);
}

/** A reference as QuickBooks echoes it back: the id plus the entity's display name. */
export function namedRef(entity: QboObject): { value: string; name: string } {
  const name = entity.DisplayName ?? entity.FullyQualifiedName ?? entity.Name ?? '';
  return { value: entity.Id, name: String(name) };
}

/** Id, SyncToken, MetaData and friends for an entity created now; takes the next Id. */
export function newEntityFields(state: CompanyState): Pick<QboObject, 'Id'> & Record<string, unknown> {
  const now = qboTime();
  const id = String(state.nextId++);
  return { domain: 'QBO', sparse: false, Id: id, SyncToken: '0', MetaData: { CreateTime: now, LastUpdatedTime: now } };
}

/** A transaction date from the body, or today in the company's zone; throws 2010 when not `YYYY-MM-DD`. */
export function txnDate(body: Record<string, unknown>, key = 'TxnDate'): string {
  const value = body[key];
  if (value === undefined) return qboDate();
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new QboFault('invalid-property', { field: key }, key);
  }
  return value;
}

/** Rounds an amount to cents (QuickBooks keeps two decimals). */
export const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** The `Line` array of a transaction body; throws 2020 when missing or empty. */
export function requiredLines(body: Record<string, unknown>): Record<string, unknown>[] {
  const lines = body.Line;
  if (!Array.isArray(lines) || lines.length === 0) throw new QboFault('required-param', { field: 'Line' }, 'Line');
  return lines.map((line, index) => {
    const object = asObject(line);
    if (!object) throw new QboFault('invalid-property', { field: `Line[${index}]` }, 'Line');
    return object;
  });
}
