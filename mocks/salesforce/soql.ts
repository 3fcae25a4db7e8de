import { FIELDS, SOBJECT_TYPES, type OrgState, type SObjectType, type SfRecord } from './data.ts';
import { SfFault } from './respond.ts';

/** One `Field op value` condition of a WHERE clause (joined by AND). */
interface Condition {
  field: string;
  op: '=' | '!=' | 'LIKE' | 'IN';
  values: unknown[];
}

/** A parsed query of the mock's SOQL subset. */
export interface Soql {
  /** Selected fields as written (`Id`, `Account.Name`), or `count` for `COUNT()`. */
  fields: string[] | 'count';
  type: SObjectType;
  where: Condition[];
  orderBy: { field: string; desc: boolean } | null;
  /** Rows at most (rows). */
  limit: number | null;
  /** Rows skipped first (rows). */
  offset: number;
}

const SHAPE = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER\s+BY\s+([\w.]+)(?:\s+(ASC|DESC))?)?(?:\s+LIMIT\s+(\d+))?(?:\s+OFFSET\s+(\d+))?\s*$/is;
const CONDITION = /^([\w.]+)\s*(!=|=|\bLIKE\b|\bIN\b)\s*(.+)$/is;
const RELATIONS: Partial<Record<SObjectType, Record<string, { type: SObjectType; key: string }>>> = { Contact: { Account: { type: 'Account', key: 'AccountId' } } };

function knownFields(type: SObjectType): string[] {
  return [...FIELDS[type].readOnly, ...FIELDS[type].writable];
}

function invalidField(field: string, type: SObjectType, soql: string): SfFault {
  return new SfFault(400, 'INVALID_FIELD', `\n${soql}\n^\nERROR at Row:1:Column:8\nNo such column '${field}' on entity '${type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
}

/** The field's canonical name (SOQL names are case-insensitive), checked against the type and its relations. */
function resolveField(name: string, type: SObjectType, soql: string): string {
  const [head, tail] = name.split('.');
  if (tail !== undefined) {
    const relation = Object.entries(RELATIONS[type] ?? {}).find(([rel]) => rel.toLowerCase() === head!.toLowerCase());
    if (!relation) throw new SfFault(400, 'INVALID_FIELD', `Didn't understand relationship '${head}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`);
    return `${relation[0]}.${resolveField(tail, relation[1].type, soql)}`;
  }
  const found = knownFields(type).find((field) => field.toLowerCase() === name.toLowerCase());
  if (!found) throw invalidField(name, type, soql);
  return found;
}

function literal(text: string, soql: string): unknown {
  const trimmed = text.trim();
  if (/^'(?:[^'\\]|\\.)*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^null$/i.test(trimmed)) return null;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  throw new SfFault(400, 'MALFORMED_QUERY', `\n${soql}\n^\nERROR at Row:1:Column:1\nunexpected token: ${trimmed}`);
}

/** Parses the SOQL subset (SELECT fields|COUNT() FROM Contact|Account [WHERE a = 'x' AND ...] [ORDER BY f] [LIMIT n] [OFFSET n]). */
export function parseSoql(soql: string | null): Soql {
  if (!soql) throw new SfFault(400, 'MALFORMED_QUERY', 'A query string has to be specified');
  const shape = SHAPE.exec(soql);
  if (!shape) throw new SfFault(400, 'MALFORMED_QUERY', `\n${soql}\n^\nERROR at Row:1:Column:1\nunexpected token: the mock reads SELECT <fields> FROM <object> [WHERE ...] [ORDER BY ...] [LIMIT n] [OFFSET n]`);
  const [, select, object, where, orderField, direction, limit, offset] = shape;
  const type = SOBJECT_TYPES.find((t) => t.toLowerCase() === object!.toLowerCase());
  if (!type) {
    throw new SfFault(400, 'INVALID_TYPE', `\n${soql}\n^\nERROR at Row:1:Column:1\nsObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`);
  }
  const fields = /^\s*COUNT\(\s*\)\s*$/i.test(select!) ? 'count' : select!.split(',').map((field) => resolveField(field.trim(), type, soql));
  const conditions = (where ? where.split(/\s+AND\s+/i) : []).map((text): Condition => {
    const match = CONDITION.exec(text.trim());
    if (!match) throw new SfFault(400, 'MALFORMED_QUERY', `\n${soql}\n^\nERROR at Row:1:Column:1\nunexpected token: '${text.trim()}'`);
    const op = match[2]!.toUpperCase() as Condition['op'];
    const raw = match[3]!.trim();
    const values = op === 'IN' ? raw.replace(/^\(|\)$/g, '').split(',').map((v) => literal(v, soql)) : [literal(raw, soql)];
    return { field: resolveField(match[1]!, type, soql), op, values };
  });
  return {
    fields,
    type,
    where: conditions,
    orderBy: orderField ? { field: resolveField(orderField, type, soql), desc: direction?.toUpperCase() === 'DESC' } : null,
    limit: limit === undefined ? null : Number(limit),
    offset: offset === undefined ? 0 : Number(offset),
  };
}

function valueOf(state: OrgState, type: SObjectType, record: SfRecord, field: string): unknown {
  const [head, tail] = field.split('.');
  if (tail === undefined) return record[field] ?? null;
  const relation = RELATIONS[type]![head!]!;
  const related = state.records[relation.type].find((r) => r.Id === record[relation.key]);
  return related ? valueOf(state, relation.type, related, tail) : null;
}

function likeToRegExp(pattern: string): RegExp {
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

function test(actual: unknown, { op, values }: Condition): boolean {
  const same = (expected: unknown) => (typeof actual === 'string' && typeof expected === 'string' ? actual.toLowerCase() === expected.toLowerCase() : actual === expected);
  if (op === '=') return same(values[0]);
  if (op === '!=') return !same(values[0]);
  if (op === 'IN') return values.some(same);
  return typeof actual === 'string' && likeToRegExp(String(values[0])).test(actual);
}

/** The record as a query returns it: `attributes`, then the selected fields (relations as nested records). */
export function shapeRecord(state: OrgState, type: SObjectType, record: SfRecord, fields: string[], version: string): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type, url: `/services/data/v${version}/sobjects/${type}/${record.Id}` } };
  for (const field of fields) {
    const [head, tail] = field.split('.');
    if (tail === undefined) {
      out[field] = record[field] ?? null;
      continue;
    }
    const relation = RELATIONS[type]![head!]!;
    const related = state.records[relation.type].find((r) => r.Id === record[relation.key]);
    const nested = (out[head!] as Record<string, unknown> | null | undefined) ?? (related ? { attributes: { type: relation.type, url: `/services/data/v${version}/sobjects/${relation.type}/${related.Id}` } } : null);
    if (nested && related) nested[tail] = related[tail] ?? null;
    out[head!] = nested;
  }
  return out;
}

/** Runs a parsed query over the org: the matching rows in order, after OFFSET and LIMIT. */
export function runSoql(state: OrgState, query: Soql): SfRecord[] {
  let rows = state.records[query.type].filter((record) => query.where.every((c) => test(valueOf(state, query.type, record, c.field), c)));
  if (query.orderBy) {
    const { field, desc } = query.orderBy;
    rows = [...rows].sort((a, b) => {
      const [x, y] = [valueOf(state, query.type, a, field), valueOf(state, query.type, b, field)];
      // Salesforce sorts nulls first in ascending order.
      const order = x === y ? 0 : x === null ? -1 : y === null ? 1 : String(x).localeCompare(String(y), 'en', { numeric: true });
      return desc ? -order : order;
    });
  }
  rows = rows.slice(query.offset);
  return query.limit === null ? rows : rows.slice(0, query.limit);
}
