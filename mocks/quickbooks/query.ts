import { ENTITY_NAMES, type CompanyState, type EntityName, type QboObject } from './data.ts';
import { QboFault, qboJson } from './respond.ts';

/** One `field op value` condition of a where clause. */
export interface Condition {
  field: string;
  op: '=' | '!=' | '<' | '>' | '<=' | '>=' | 'like' | 'in';
  values: Array<string | number | boolean>;
}

/** A parsed QuickBooks query (`select ... from Entity [where] [orderby] [startposition] [maxresults]`). */
export interface ParsedQuery {
  /** `*`, `count` for `count(*)`, or the selected field names. */
  select: '*' | 'count' | string[];
  entity: EntityName;
  where: Condition[];
  orderBy: Array<{ field: string; desc: boolean }>;
  /** 1-based index of the first result (rows). */
  startPosition: number;
  /** Largest page QuickBooks returns (rows, at most 1000, default 100). */
  maxResults: number;
}

const SHAPE = /^\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+?))?(?:\s+order\s*by\s+(.+?))?\s*$/is;
const PAGING = /\s+(startposition|maxresults)\s+(\d+)\s*$/i;
const CONDITION = /^([\w.]+)\s*(<=|>=|!=|<>|=|<|>|\blike\b|\bin\b)\s*(.+)$/is;
// Name-list entities are soft-deleted: queries show only active ones unless the query asks about Active.
const SOFT_DELETED = new Set<EntityName>(['Vendor', 'Customer', 'Item', 'Account']);

/** Parses a QuickBooks query; throws `QboFault('query-parse')` with the reason, as QuickBooks answers a bad query. */
export function parseQuery(text: string | null): ParsedQuery {
  if (!text) throw new QboFault('query-parse', { reason: 'query is missing (send ?query=select * from Vendor)' });
  let rest = text.replace(/;\s*$/, '');
  const paging: Record<string, number> = {};
  for (let m = PAGING.exec(rest); m; m = PAGING.exec(rest)) {
    paging[m[1]!.toLowerCase()] = Number(m[2]);
    rest = rest.slice(0, m.index);
  }
  const shape = SHAPE.exec(rest);
  if (!shape) throw new QboFault('query-parse', { reason: `expected "select <fields> from <Entity> ...", got "${text}"` });
  const [, fields, entityText, whereText, orderText] = shape;
  const entity = ENTITY_NAMES.find((name) => name.toLowerCase() === entityText!.toLowerCase());
  if (!entity) throw new QboFault('query-parse', { reason: `unknown entity "${entityText}"; this company has ${ENTITY_NAMES.join(', ')}` });
  const maxResults = paging.maxresults ?? 100;
  if (maxResults < 1 || maxResults > 1000) throw new QboFault('query-parse', { reason: `MAXRESULTS must be 1 to 1000, got ${maxResults}` });
  return {
    select: /^\*$/.test(fields!.trim()) ? '*' : /^count\s*\(\s*\*\s*\)$/i.test(fields!.trim()) ? 'count' : fields!.split(',').map((f) => f.trim()),
    entity,
    where: whereText ? splitAnd(whereText).map(parseCondition) : [],
    orderBy: orderText ? orderText.split(',').map((part) => ({ field: part.trim().split(/\s+/)[0]!, desc: /\sdesc$/i.test(part.trim()) })) : [],
    startPosition: Math.max(1, paging.startposition ?? 1),
    maxResults,
  };
}

function splitAnd(text: string): string[] {
  // AND outside quotes: an even number of quotes follows it.
  return text.split(/\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)/i).map((part) => part.trim());
}

function parseValue(text: string): string | number | boolean {
  const t = text.trim();
  if (/^'.*'$/s.test(t)) return t.slice(1, -1).replace(/\\'/g, "'");
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  throw new QboFault('query-parse', { reason: `cannot read the value ${t} (quote strings: 'Books by Bessie')` });
}

function parseCondition(text: string): Condition {
  const m = CONDITION.exec(text);
  if (!m) throw new QboFault('query-parse', { reason: `cannot read the condition "${text}"` });
  const op = (m[2]!.toLowerCase() === '<>' ? '!=' : m[2]!.toLowerCase()) as Condition['op'];
  const valueText = m[3]!.trim();
  if (op === 'in') {
    if (!/^\(.*\)$/s.test(valueText)) throw new QboFault('query-parse', { reason: `IN needs a list in parentheses, got ${valueText}` });
    return { field: m[1]!, op, values: valueText.slice(1, -1).split(',').map(parseValue) };
  }
  return { field: m[1]!, op, values: [parseValue(valueText)] };
}

function fieldOf(entity: QboObject, path: string): unknown {
  let value: unknown = entity;
  for (const name of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = Object.keys(value).find((k) => k.toLowerCase() === name.toLowerCase());
    value = key === undefined ? undefined : (value as Record<string, unknown>)[key];
  }
  return value;
}

function compare(actual: unknown, expected: string | number | boolean): number {
  if (typeof expected === 'number') return Number(actual) - expected;
  if (typeof expected === 'boolean') return actual === expected ? 0 : 1;
  return String(actual ?? '').toLowerCase().localeCompare(expected.toLowerCase());
}

function order(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function holds(entity: QboObject, { field, op, values }: Condition): boolean {
  const actual = fieldOf(entity, field);
  const [first] = values as [string | number | boolean];
  switch (op) {
    case '=': return compare(actual, first) === 0;
    case '!=': return compare(actual, first) !== 0;
    case '<': return compare(actual, first) < 0;
    case '>': return compare(actual, first) > 0;
    case '<=': return compare(actual, first) <= 0;
    case '>=': return compare(actual, first) >= 0;
    case 'in': return values.some((value) => compare(actual, value) === 0);
    case 'like': {
      const pattern = String(first).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*');
      return new RegExp(`^${pattern}$`, 'is').test(String(actual ?? ''));
    }
  }
}

/** Runs a parsed query against the company; rows are copies, so callers cannot change the state. */
export function selectRows(state: CompanyState, query: ParsedQuery): QboObject[] {
  const asksActive = query.where.some((c) => c.field.toLowerCase() === 'active');
  let rows = state.entities[query.entity].filter((entity) => query.where.every((c) => holds(entity, c)));
  if (SOFT_DELETED.has(query.entity) && !asksActive) rows = rows.filter((entity) => entity.Active !== false);
  for (const { field, desc } of [...query.orderBy].reverse()) {
    rows = [...rows].sort((a, b) => order(fieldOf(a, field), fieldOf(b, field)) * (desc ? -1 : 1));
  }
  return structuredClone(rows);
}

/** Answers `GET|POST /query` as QuickBooks does: `{"QueryResponse":{"Vendor":[...],"startPosition":1,"maxResults":N},"time":...}`. */
export function answerQuery(state: CompanyState, text: string | null): Response {
  const query = parseQuery(text);
  const rows = selectRows(state, query);
  if (query.select === 'count') return qboJson({ QueryResponse: { totalCount: rows.length } });
  const page = rows.slice(query.startPosition - 1, query.startPosition - 1 + query.maxResults);
  // QuickBooks sends an empty QueryResponse (no entity key, no paging) when nothing matches.
  if (page.length === 0) return qboJson({ QueryResponse: {} });
  const fields = query.select;
  const shaped = fields === '*' ? page : page.map((row) => project(row, fields as string[]));
  return qboJson({ QueryResponse: { [query.entity]: shaped, startPosition: query.startPosition, maxResults: page.length } });
}

function project(row: QboObject, fields: string[]): QboObject {
  const picked: QboObject = { Id: row.Id, domain: row.domain, sparse: true };
  for (const field of fields) {
    const key = Object.keys(row).find((k) => k.toLowerCase() === field.toLowerCase());
    if (key) picked[key] = row[key];
  }
  return picked;
}
