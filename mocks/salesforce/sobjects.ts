import { FIELDS, SOBJECT_TYPES, emptyFields, newId, sfDateTime, USER_ID, withContactName, type OrgState, type SObjectType, type SfRecord } from './data.ts';
import { SfFault, sfDialect, sfJson } from './respond.ts';
import { parseJsonData } from '../json-data.ts';

/** The sObject type named in a URL (case-insensitive), or a 404 NOT_FOUND fault. */
export function sobjectType(name: unknown): SObjectType {
  const type = SOBJECT_TYPES.find((t) => t.toLowerCase() === String(name).toLowerCase());
  if (!type) throw new SfFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  return type;
}

function parseBody(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = parseJsonData(text);
  } catch {
    throw new SfFault(400, 'JSON_PARSER_ERROR', `Unexpected character ('${text.trim()[0] ?? ' '}'): was expecting a JSON object at [line:1, column:1]`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SfFault(400, 'JSON_PARSER_ERROR', 'Cannot deserialize instance of SObject from a non-object value at [line:1, column:1]');
  return body as Record<string, unknown>;
}

/** Checks field names and values as Salesforce does: unknown or read-only fields, bad references, blank required fields. */
function checkFields(state: OrgState, type: SObjectType, body: Record<string, unknown>, creating: boolean): void {
  const { writable, readOnly, required } = FIELDS[type];
  for (const field of Object.keys(body)) {
    if (field === 'attributes') continue;
    if (readOnly.includes(field)) throw new SfFault(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${field}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`, [field]);
    if (!writable.includes(field)) throw new SfFault(400, 'INVALID_FIELD', `No such column '${field}' on sobject of type ${type}`);
  }
  const missing = required.filter((field) => (creating ? !(field in body) || body[field] === null || body[field] === '' : field in body && (body[field] === null || body[field] === '')));
  if (missing.length > 0) throw new SfFault(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
  if (typeof body.Email === 'string' && body.Email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.Email)) {
    throw new SfFault(400, 'INVALID_EMAIL_ADDRESS', `Email: invalid email address: ${body.Email}`, ['Email']);
  }
  if (body.AccountId && !state.records.Account.some((account) => account.Id === body.AccountId)) {
    throw new SfFault(400, 'MALFORMED_ID', `Account ID: id value of incorrect type: ${String(body.AccountId)}`, ['AccountId']);
  }
}

function find(state: OrgState, type: SObjectType, id: string): SfRecord | undefined {
  // An 18-character id also matches by its 15-character (case-sensitive) form.
  return state.records[type].find((record) => record.Id === id || record.Id.slice(0, 15) === id);
}

/** `POST /sobjects/{type}`: validates, stores, answers 201 `{ id, success, errors }`. */
export function createRecord(state: OrgState, type: SObjectType, text: string): Response {
  const { attributes: _attributes, ...body } = parseBody(text);
  checkFields(state, type, body, true);
  const now = sfDateTime();
  const record: SfRecord = { Id: newId(state, type), IsDeleted: false, OwnerId: USER_ID, CreatedDate: now, CreatedById: USER_ID, LastModifiedDate: now, LastModifiedById: USER_ID, SystemModstamp: now, ...emptyFields(type), ...body };
  state.records[type].push(type === 'Contact' ? withContactName(record) : record);
  return sfJson(state, { id: record.Id, success: true, errors: [] }, 201);
}

/** `PATCH /sobjects/{type}/{id}`: validates, updates, answers 204. */
export function updateRecord(state: OrgState, type: SObjectType, id: string, text: string): Response {
  const record = find(state, type, id);
  if (!record) return sfDialect('not-found', state);
  const { attributes: _attributes, ...body } = parseBody(text);
  checkFields(state, type, body, false);
  Object.assign(record, body, { LastModifiedDate: sfDateTime(), SystemModstamp: sfDateTime() });
  if (type === 'Contact') withContactName(record);
  return sfJson(state, null);
}

/** `GET /sobjects/{type}/{id}[?fields=a,b]`: the record with `attributes`, or 404 NOT_FOUND. */
export function readRecord(state: OrgState, type: SObjectType, id: string, fields: string | null, version: string): Response {
  const record = find(state, type, id);
  if (!record) return sfDialect('not-found', state);
  const attributes = { type, url: `/services/data/v${version}/sobjects/${type}/${record.Id}` };
  if (!fields) return sfJson(state, { attributes, ...record });
  const known = [...FIELDS[type].readOnly, ...FIELDS[type].writable];
  const picked: Record<string, unknown> = { attributes };
  for (const name of fields.split(',').map((f) => f.trim())) {
    const field = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!field) throw new SfFault(400, 'INVALID_FIELD', `No such column '${name}' on entity '${type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
    picked[field] = record[field] ?? null;
  }
  return sfJson(state, picked);
}
