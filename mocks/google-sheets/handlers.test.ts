import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { googleSheets } from './index.ts';
import { columnLetters, formatA1, parseA1 } from './a1.ts';
import { applyFields, parseFields } from './fields.ts';

let mocks: MockRuntime;
let base: string;
const SHEET_ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
const auth = { Authorization: 'Bearer ya29.mock' };
const values = (range: string, init: RequestInit = {}, query = '') => fetch(`${base}/v4/spreadsheets/${SHEET_ID}/values/${encodeURIComponent(range)}${query}`, { ...init, headers: { ...auth, 'Content-Type': 'application/json' } });

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['google-sheets'] });
  base = mocks.baseUrls['google-sheets']!;
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('A1 notation and field masks', () => {
  it('parses and writes ranges as Sheets does', () => {
    expect(parseA1("'Class Data'!B2:C")).toEqual({ sheet: 'Class Data', startRow: 1, startCol: 1, endRow: null, endCol: 3 });
    expect(parseA1('Notes')).toEqual({ sheet: 'Notes', startRow: 0, startCol: 0, endRow: null, endCol: null });
    expect(parseA1('A1:B2')).toMatchObject({ sheet: null, endRow: 2, endCol: 2 });
    expect(columnLetters(27)).toBe('AB');
    expect(formatA1('Class Data', 0, 0, 11, 6)).toBe("'Class Data'!A1:F11");
  });

  it('keeps only the masked fields, and refuses a malformed mask', () => {
    expect(applyFields({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] }, parseFields('b/c,e(g)'))).toEqual({ b: { c: 2 }, e: [{ g: 2 }] });
    expect(parseFields('files(id')).toBeNull();
  });
});

describe('Sheets answers', () => {
  it('refuses a write without valueInputOption, and one past the range', async () => {
    const body = JSON.stringify({ values: [['a', 'b', 'c']] });
    const missing = await values('Class Data!A1:C1', { method: 'PUT', body });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toBe("'valueInputOption' is required but not specified");
    const tooWide = await values('Class Data!A1:B1', { method: 'PUT', body }, '?valueInputOption=RAW');
    expect((await tooWide.json()).error.message).toBe("Requested writing within range ['Class Data'!A1:B1], but tried writing to column [C]");
  });

  it('answers an unknown spreadsheet with 404 NOT_FOUND and no credential with CREDENTIALS_MISSING', async () => {
    const unknown = await fetch(`${base}/v4/spreadsheets/nope`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.status).toBe('NOT_FOUND');
    const anonymous = await fetch(`${base}/v4/spreadsheets/${SHEET_ID}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.details[0].reason).toBe('CREDENTIALS_MISSING');
  });

  it('reads UNFORMATTED_VALUE cells typed by USER_ENTERED', async () => {
    await values('Notes!A2:B2', { method: 'PUT', body: JSON.stringify({ values: [['42', 'TRUE']] }) }, '?valueInputOption=USER_ENTERED');
    const typed = await (await values('Notes!A2:B2', {}, '?valueRenderOption=UNFORMATTED_VALUE')).json();
    expect(typed.values).toEqual([[42, true]]);
  });

  it('answers the shut-down v3 API with 404', async () => {
    expect((await fetch(`${base}/v3/spreadsheets/${SHEET_ID}`, { headers: auth })).status).toBe(404);
  });
});

describe('Drive answers', () => {
  it('refuses a query it cannot read with the legacy errors array naming q', async () => {
    const response = await fetch(`${base}/drive/v3/files?q=${encodeURIComponent('size > 10')}`, { headers: auth });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.errors[0]).toMatchObject({ reason: 'invalid', location: 'q', locationType: 'parameter' });
  });
});

describe('dialect', () => {
  it('says every failure kind the fault engine asks providers for, each noting its source', () => {
    for (const kind of ['outage', 'maintenance', 'rate-limit', 'auth-revoked', 'not-found', 'validation', 'deprecated', 'version-gone']) expect(googleSheets.dialect[kind]?.notes, kind).toBeTruthy();
  });
});
