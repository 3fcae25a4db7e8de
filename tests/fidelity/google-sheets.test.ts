import { google } from 'googleapis';
import { describe, expect, it } from 'vitest';
import { faultOn, rejection, useProviderMocks } from './support.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { faultKinds } from '../../harness/faults/registry.ts';

// googleapis 175, Google's official Node client, against the mock: Sheets v4 and Drive v3 on one rootUrl.
let mocks: MockRuntime;
let rootUrl: string;
const SHEET_ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
const fault = faultOn('google-sheets');
const statuses = () => mocks.journal().map((entry) => entry.status);
// Fast, deterministic retries (the defaults wait 100 ms, then 500 ms, then 1.5 s): same rules, shorter waits.
const FAST_RETRY = { retryDelay: 5, retryDelayMultiplier: 1 };

function clients(accessToken = 'ya29.mock-access-token', retryConfig: Record<string, number> | null = FAST_RETRY) {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: accessToken });
  const options = { auth, rootUrl, ...(retryConfig ? { retryConfig } : {}) };
  return { sheets: google.sheets({ version: 'v4', ...options }), drive: google.drive({ version: 'v3', ...options }) };
}


useProviderMocks('google-sheets', (m) => {
  mocks = m;
  rootUrl = `${m.baseUrls['google-sheets']}/`;
});

describe('happy path', () => {
  it('lists spreadsheets for a picker with the Drive q filter, fields and paging', async () => {
    const { drive } = clients();
    const q = "mimeType='application/vnd.google-apps.spreadsheet' and trashed=false";
    const first = await drive.files.list({ q, fields: 'nextPageToken, files(id, name, modifiedTime)', orderBy: 'modifiedTime desc', pageSize: 2 });
    expect(first.data.files!.map((f) => f.name)).toEqual(['Newsletter signups', 'Q4 Sales Pipeline']);
    expect(Object.keys(first.data.files![0]!).sort()).toEqual(['id', 'modifiedTime', 'name']);
    const second = await drive.files.list({ q, fields: 'nextPageToken, files(id, name)', orderBy: 'modifiedTime desc', pageSize: 2, pageToken: first.data.nextPageToken! });
    expect(second.data.files!.map((f) => f.name)).toEqual(['Example Spreadsheet']);
    expect(second.data.nextPageToken).toBeUndefined();
  });

  it('reads spreadsheet metadata and a range of values', async () => {
    const { sheets } = clients();
    const meta = await sheets.spreadsheets.get({ spreadsheetId: SHEET_ID, fields: 'properties.title,sheets.properties(sheetId,title)' });
    expect(meta.data).toEqual({ properties: { title: 'Example Spreadsheet' }, sheets: [{ properties: { sheetId: 0, title: 'Class Data' } }, { properties: { sheetId: 1283907414, title: 'Notes' } }] });
    const values = await sheets.spreadsheets.values.get({ spreadsheetId: SHEET_ID, range: 'Class Data!A2:E4' });
    expect(values.data).toEqual({ range: "'Class Data'!A2:E4", majorDimension: 'ROWS', values: [['Alexandra', 'Female', '4. Senior', 'CA', 'English'], ['Andrew', 'Male', '1. Freshman', 'SD', 'Math'], ['Anna', 'Female', '1. Freshman', 'NC', 'English']] });
  });

  it('appends a row that the next read shows, and overwrites a cell with PUT', async () => {
    const { sheets } = clients();
    const appended = await sheets.spreadsheets.values.append({ spreadsheetId: SHEET_ID, range: 'Class Data!A:F', valueInputOption: 'USER_ENTERED', requestBody: { values: [['Zoe', 'Female', '2. Sophomore', 'ON', 'Physics', 'Robotics']] } });
    expect(appended.data).toMatchObject({ tableRange: "'Class Data'!A1:F11", updates: { updatedRange: "'Class Data'!A12:F12", updatedRows: 1, updatedCells: 6 } });
    const updated = await sheets.spreadsheets.values.update({ spreadsheetId: SHEET_ID, range: 'Class Data!E12', valueInputOption: 'USER_ENTERED', requestBody: { values: [['Chemistry']] } });
    expect(updated.data).toMatchObject({ updatedRange: "'Class Data'!E12", updatedCells: 1 });
    const row = await sheets.spreadsheets.values.get({ spreadsheetId: SHEET_ID, range: "'Class Data'!A12:F12" });
    expect(row.data.values).toEqual([['Zoe', 'Female', '2. Sophomore', 'ON', 'Chemistry', 'Robotics']]);
  });
});

describe('errors', () => {
  it('raises GaxiosError 400 INVALID_ARGUMENT for a range on an unknown sheet, not retried', async () => {
    const error = await rejection(clients().sheets.spreadsheets.values.get({ spreadsheetId: SHEET_ID, range: 'Sheet9!A1' }));
    expect(error.constructor.name).toBe('GaxiosError');
    expect(error.status).toBe(400);
    expect(error.response.data.error).toEqual({ code: 400, message: 'Unable to parse range: Sheet9!A1', status: 'INVALID_ARGUMENT' });
    expect(statuses()).toEqual([400]);
  });

  it('raises GaxiosError 401 UNAUTHENTICATED for a revoked token: no refresh token, so no retry', async () => {
    const error = await rejection(clients('revoked-token').sheets.spreadsheets.get({ spreadsheetId: SHEET_ID }));
    expect(error.constructor.name).toBe('GaxiosError');
    expect(error.status).toBe(401);
    expect(error.response.data.error.status).toBe('UNAUTHENTICATED');
    expect(statuses()).toEqual([401]);
  });

  // The auth-revoked fault kind is registered by the fault-kinds work; until it is, the revoked token above covers the path.
  it.skipIf(!faultKinds['auth-revoked'])('raises GaxiosError 401 UNAUTHENTICATED when an auth-revoked fault hits a valid token', async () => {
    mocks.applyFaults([fault('GET /drive/v3/files', 'auth-revoked')]);
    const error = await rejection(clients().drive.files.list({}));
    expect(error.status).toBe(401);
    expect(error.response.data.error.status).toBe('UNAUTHENTICATED');
    expect(statuses()).toEqual([401]);
  });

  it('retries a 429 RESOURCE_EXHAUSTED three times on a GET, then raises it', async () => {
    mocks.applyFaults([fault('GET /v4/spreadsheets/{spreadsheetId}/values/{range}', 'rate-limit')]);
    const error = await rejection(clients().sheets.spreadsheets.values.get({ spreadsheetId: SHEET_ID, range: 'Class Data' }));
    expect(error.status).toBe(429);
    expect(error.response.data.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: [{ reason: 'RATE_LIMIT_EXCEEDED' }] });
    expect(statuses()).toEqual([429, 429, 429, 429]);
  });

  it('retries a 503 outage on the Drive list with its default backoff and succeeds when it clears', async () => {
    mocks.applyFaults([fault('GET /drive/v3/files', 'outage', { when: { first: 1 } })]);
    const started = Date.now();
    const list = await clients(undefined, null).drive.files.list({ q: "mimeType='application/vnd.google-apps.spreadsheet'" });
    expect(list.data.files).toHaveLength(4);
    expect(statuses()).toEqual([503, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('does not retry a POST (append) in an outage: GaxiosError 503 UNAVAILABLE at once', async () => {
    mocks.applyFaults([fault('POST /v4/spreadsheets/{spreadsheetId}/values/{range}:append', 'outage')]);
    const error = await rejection(clients().sheets.spreadsheets.values.append({ spreadsheetId: SHEET_ID, range: 'Class Data', valueInputOption: 'RAW', requestBody: { values: [['x']] } }));
    expect(error.status).toBe(503);
    expect(error.response.data.error.status).toBe('UNAVAILABLE');
    expect(statuses()).toEqual([503]);
  });
});
