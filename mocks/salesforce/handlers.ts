import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { createOrgState, LIMITS, type OrgState } from './data.ts';
import { SfFault, sfDialect, sfJson } from './respond.ts';
import { createRecord, readRecord, sobjectType, updateRecord } from './sobjects.ts';
import { parseSoql, runSoql, shapeRecord } from './soql.ts';

type Operation = (args: { request: Request; url: URL; params: Record<string, unknown>; version: string }) => Response | Promise<Response>;

const DEFAULT_BATCH = 2000;
const MIN_BATCH = 200;

/** A token is refused when missing or when it starts with `revoked` (how tests and drills say "revoked"). */
export function isRevokedToken(authorization: string | null): boolean {
  const token = /^(?:Bearer|OAuth)\s+(\S+)/i.exec(authorization ?? '')?.[1];
  return !token || /^revoked/i.test(token);
}

/** Salesforce's release name for an API version: 62.0 is Winter '25, 63.0 Spring '25, 64.0 Summer '25... */
export function releaseLabel(version: number): string {
  const step = version - 62;
  const season = ['Winter', 'Spring', 'Summer'][((step % 3) + 3) % 3];
  return `${season} '${25 + Math.floor(step / 3)}`;
}

/** Checks the version (retired: 410, unknown: 404), then the session (401), counts the call, and answers faults. */
function guard(state: OrgState, operation: Operation): HttpResponseResolver {
  return async ({ request, params }) => {
    const match = /^v(\d+)\.0$/.exec(String(params.version));
    const major = match ? Number(match[1]) : NaN;
    if (major < LIMITS.oldest) return sfDialect('version-gone', state);
    if (!(major <= LIMITS.newest)) return sfDialect('not-found', state);
    if (isRevokedToken(request.headers.get('authorization'))) return sfDialect('auth-revoked', state);
    state.apiUsage++;
    try {
      return await operation({ request, url: new URL(request.url), params, version: `${major}.0` });
    } catch (error) {
      if (error instanceof SfFault) return error.toResponse(state);
      throw error;
    }
  };
}

/** One page of a query result; a result larger than the batch keeps a cursor and names its `nextRecordsUrl`. */
function page(state: OrgState, locator: string, version: string): Response {
  const [cursorId, offsetText] = locator.split('-');
  const cursor = state.cursors.get(cursorId!);
  const offset = Number(offsetText);
  if (!cursor || !(offset >= 0 && offset < cursor.rows.length)) throw new SfFault(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  const records = cursor.rows.slice(offset, offset + cursor.batch);
  const next = offset + records.length;
  const done = next >= cursor.rows.length;
  if (done) state.cursors.delete(cursorId!);
  return sfJson(state, { totalSize: cursor.total, done, ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/query/${cursorId}-${next}` }), records });
}

function batchSize(request: Request): number {
  const asked = /batchSize\s*=\s*(\d+)/i.exec(request.headers.get('sforce-query-options') ?? '')?.[1];
  // Salesforce treats the batch size as a hint between 200 and 2000 rows.
  return asked === undefined ? DEFAULT_BATCH : Math.min(DEFAULT_BATCH, Math.max(MIN_BATCH, Number(asked)));
}

function query(state: OrgState): Operation {
  return ({ request, url, version }) => {
    const parsed = parseSoql(url.searchParams.get('q'));
    const rows = runSoql(state, parsed);
    if (parsed.fields === 'count') return sfJson(state, { totalSize: rows.length, done: true, records: [] });
    const fields = parsed.fields;
    const shaped = rows.map((record) => shapeRecord(state, parsed.type, record, fields, version));
    const cursorId = `01gHs${String(state.nextCursor++).padStart(10, '0')}AAA`;
    state.cursors.set(cursorId, { type: parsed.type, rows: shaped, batch: batchSize(request), total: shaped.length });
    if (shaped.length === 0) {
      state.cursors.delete(cursorId);
      return sfJson(state, { totalSize: 0, done: true, records: [] });
    }
    return page(state, `${cursorId}-0`, version);
  };
}

/**
 * Salesforce REST API handlers over one org's state (fresh seeded state by default): the versions list, SOQL
 * queries with cursor paging, and Contact/Account create, read and update, with Salesforce's version, session and
 * validation answers and `Sforce-Limit-Info` on every response.
 */
export function createSalesforceHandlers(state: OrgState = createOrgState()): RequestHandler[] {
  const versions = () => {
    const list = [];
    for (let v = LIMITS.oldest; v <= LIMITS.newest; v++) list.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
    return sfJson(state, list);
  };
  return [
    http.get('/services/data', versions),
    http.get('/services/data/', versions),
    http.get('/services/data/:version/query', guard(state, query(state))),
    http.get('/services/data/:version/query/:locator', guard(state, ({ params, version }) => page(state, String(params.locator), version))),
    http.post('/services/data/:version/sobjects/:type', guard(state, async ({ request, params }) => createRecord(state, sobjectType(params.type), await request.text()))),
    http.get('/services/data/:version/sobjects/:type/:id', guard(state, ({ url, params, version }) => readRecord(state, sobjectType(params.type), String(params.id), url.searchParams.get('fields'), version))),
    http.patch('/services/data/:version/sobjects/:type/:id', guard(state, async ({ request, params }) => updateRecord(state, sobjectType(params.type), String(params.id), await request.text()))),
  ];
}
