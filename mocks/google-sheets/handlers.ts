import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { listFiles } from './drive.ts';
import { applyFields, parseFields } from './fields.ts';
import { GoogleFault, credentialsMissing, respond } from './respond.ts';
import { createGoogleState, type GoogleState } from './store.ts';
import { appendValues, findSpreadsheet, readValues, spreadsheetResource, updateValues } from './values.ts';

type Operation = (args: { request: Request; url: URL; params: Record<string, unknown> }) => Response | Promise<Response>;

/** Google's auth check: no credential is CREDENTIALS_MISSING, a token starting with `revoked` is the revoked-token 401. */
function guard(operation: Operation, service: string): HttpResponseResolver {
  return async ({ request, params }) => {
    const url = new URL(request.url);
    const token = /^Bearer\s+(\S+)/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!token && !url.searchParams.get('key')) return credentialsMissing(service);
    if (token && /^revoked/i.test(token)) return respond.fromDialect('auth-revoked');
    try {
      return await operation({ request, url, params });
    } catch (error) {
      if (error instanceof GoogleFault) return error.toResponse();
      throw error;
    }
  };
}

/** The range of a `.../values/{range}` path, decoded, and the custom method after it (`:append`), if any. */
function rangeAndMethod(url: URL): { range: string; method: string | null } {
  const raw = url.pathname.split('/values/')[1] ?? '';
  const match = /^(.*?)(?::(append|clear))?$/.exec(raw)!;
  return { range: decodeURIComponent(match[1]!), method: match[2] ?? null };
}

/**
 * Google Sheets API v4 and Drive API v3 handlers over one account's state (fresh seeded state by default), both on
 * one base URL as googleapis' `rootUrl` wants: spreadsheet metadata, reading, writing and appending values, and the
 * Drive file list a sheet picker calls.
 */
export function createGoogleSheetsHandlers(state: GoogleState = createGoogleState()): RequestHandler[] {
  const sheets = 'sheets.googleapis.com';
  return [
    http.get('/v4/spreadsheets/:spreadsheetId', guard(({ url, params }) => {
      const resource = spreadsheetResource(findSpreadsheet(state, String(params.spreadsheetId)));
      const fields = url.searchParams.get('fields');
      if (!fields) return respond.json(resource);
      const mask = parseFields(fields);
      if (!mask) throw new GoogleFault(400, 'INVALID_ARGUMENT', `Invalid field selection ${fields}`);
      return respond.json(applyFields(resource, mask));
    }, sheets)),
    http.get('/v4/spreadsheets/:spreadsheetId/values/:range', guard(({ url, params }) => readValues(state, String(params.spreadsheetId), rangeAndMethod(url).range, url), sheets)),
    http.put('/v4/spreadsheets/:spreadsheetId/values/:range', guard(async ({ request, url, params }) => updateValues(state, String(params.spreadsheetId), rangeAndMethod(url).range, url, await request.text()), sheets)),
    http.post('/v4/spreadsheets/:spreadsheetId/values/:range', guard(async ({ request, url, params }) => {
      const { range, method } = rangeAndMethod(url);
      if (method !== 'append') return respond.fromDialect('deprecated');
      return appendValues(state, String(params.spreadsheetId), range, url, await request.text());
    }, sheets)),
    http.get('/drive/v3/files', guard(({ url }) => listFiles(state, url), 'drive.googleapis.com')),
    http.all('/v3/*', () => respond.fromDialect('version-gone')),
  ];
}
