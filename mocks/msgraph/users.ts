import { GraphFailure, graphJson, METADATA } from './respond.ts';
import { principalName, userJson, type TenantState } from './state.ts';

type Json = Record<string, unknown>;

/** An OData system query option, as Graph reads them: case-insensitive (`$skipToken` = `$skiptoken`). */
export function odataParam(url: URL, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}

const CLAUSE = /^(?:(\w+)\s+eq\s+'((?:[^']|'')*)'|startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\))$/i;

/** A predicate for the `$filter` forms a people picker sends: `prop eq 'v'`, `startswith(prop,'v')`, joined by `and`/`or`. */
function filterOf(text: string): (user: Json) => boolean {
  const joiner = /\s+or\s+/i.test(text) ? 'or' : 'and';
  const tests = text.split(joiner === 'or' ? /\s+or\s+/i : /\s+and\s+/i).map((clause) => {
    const match = CLAUSE.exec(clause.trim());
    if (!match) throw new GraphFailure(400, 'BadRequest', `Invalid filter clause: ${clause.trim()}`);
    const [, eqProp, eqValue, swProp, swValue] = match;
    const prop = (eqProp ?? swProp)!;
    const value = (eqValue ?? swValue)!.replace(/''/g, "'").toLowerCase();
    return (user: Json) => {
      const actual = user[prop];
      if (typeof actual !== 'string') return false;
      return eqProp ? actual.toLowerCase() === value : actual.toLowerCase().startsWith(value);
    };
  });
  return (user) => (joiner === 'or' ? tests.some((test) => test(user)) : tests.every((test) => test(user)));
}

/** Only the `$select`ed properties (Graph keeps them in the order asked). */
function selectOf(url: URL): (item: Json) => Json {
  const fields = odataParam(url, '$select')?.split(',').map((f) => f.trim()).filter(Boolean);
  return fields?.length ? (item) => Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]])) : (item) => item;
}

/**
 * One page of a collection as Graph pages: `$top` items (default `pageSize`, at most 999) and an
 * `@odata.nextLink` on the request's own origin carrying an opaque `$skiptoken`.
 */
export function pageOf(request: Request, items: Json[], pageSize: number): { value: Json[]; nextLink?: string } {
  const url = new URL(request.url);
  const topText = odataParam(url, '$top');
  const top = topText === null ? pageSize : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    throw new GraphFailure(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topText}'. Must be between 1 and 999 inclusive.`);
  }
  const token = odataParam(url, '$skiptoken');
  const start = token ? Number(/^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'))?.[1] ?? NaN) : 0;
  if (!Number.isInteger(start)) throw new GraphFailure(400, 'Request_BadRequest', `Invalid skip token '${token}'.`);
  const value = items.slice(start, start + top);
  if (start + top >= items.length) return { value };
  for (const key of [...url.searchParams.keys()]) if (key.toLowerCase() === '$skiptoken') url.searchParams.delete(key);
  url.searchParams.set('$skiptoken', Buffer.from(`offset:${start + top}`).toString('base64url'));
  return { value, nextLink: url.toString() };
}

/** `GET /v1.0/users`: the directory, `$filter`/`$select`/`$top` honoured, paged by `@odata.nextLink` (100 per page). */
export function listUsers(state: TenantState, request: Request): Response {
  const url = new URL(request.url);
  const filter = odataParam(url, '$filter');
  let users = state.users.map((user) => userJson(state, user));
  if (filter) users = users.filter(filterOf(filter));
  const { value, nextLink } = pageOf(request, users, 100);
  const body: Json = { '@odata.context': `${METADATA}#users`, value: value.map(selectOf(url)) };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return graphJson(request, body);
}

/** `GET /v1.0/users/{id | userPrincipalName}` and `GET /v1.0/me`: one user, or 404 Request_ResourceNotFound. */
export function getUser(state: TenantState, request: Request, idOrUpn: string): Response {
  const key = idOrUpn.toLowerCase();
  const user = state.users.find((u) => u.id === key || principalName(state, u) === key);
  if (!user) {
    throw new GraphFailure(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return graphJson(request, { '@odata.context': `${METADATA}#users/$entity`, ...selectOf(new URL(request.url))(userJson(state, user)) });
}
