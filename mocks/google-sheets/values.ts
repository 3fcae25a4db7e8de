import { columnLetters, formatA1, parseA1, type GridRange } from './a1.ts';
import { GoogleFault, respond } from './respond.ts';
import { SHEET_DEFAULTS, type GoogleState, type Sheet, type Spreadsheet } from './store.ts';
import { parseJsonData } from '../json-data.ts';

type Cell = string | number | boolean;

/** The spreadsheet of an id, or 404 NOT_FOUND as Sheets answers. */
export function findSpreadsheet(state: GoogleState, id: string): Spreadsheet {
  const found = state.spreadsheets.find((s) => s.spreadsheetId === id);
  if (!found) throw new GoogleFault(404, 'NOT_FOUND', 'Requested entity was not found.');
  return found;
}

function resolveRange(spreadsheet: Spreadsheet, text: string): { sheet: Sheet; range: GridRange } {
  const range = parseA1(text);
  const sheet = range && (range.sheet === null ? spreadsheet.sheets[0] : spreadsheet.sheets.find((s) => s.title === range.sheet));
  if (!range || !sheet) throw new GoogleFault(400, 'INVALID_ARGUMENT', `Unable to parse range: ${text}`);
  return { sheet, range };
}

/** `GET /v4/spreadsheets/{id}`: properties and the sheets' properties (no grid data). */
export function spreadsheetResource(spreadsheet: Spreadsheet): Record<string, unknown> {
  return {
    spreadsheetId: spreadsheet.spreadsheetId,
    properties: { title: spreadsheet.title, locale: SHEET_DEFAULTS.locale, autoRecalc: 'ON_CHANGE', timeZone: SHEET_DEFAULTS.timeZone, defaultFormat: { verticalAlignment: 'BOTTOM', wrapStrategy: 'OVERFLOW_CELL', textFormat: { fontFamily: 'arial,sans,sans-serif', fontSize: 10 } } },
    sheets: spreadsheet.sheets.map((sheet, index) => ({ properties: { sheetId: sheet.sheetId, title: sheet.title, index, sheetType: 'GRID', gridProperties: { ...SHEET_DEFAULTS.grid } } })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.spreadsheetId}/edit`,
  };
}

function bounds(range: GridRange) {
  return { endRow: range.endRow ?? SHEET_DEFAULTS.grid.rowCount, endCol: range.endCol ?? SHEET_DEFAULTS.grid.columnCount };
}

/** `GET .../values/{range}`: the cells in rows (or COLUMNS), trailing empties trimmed; FORMATTED_VALUE gives strings. */
export function readValues(state: GoogleState, id: string, rangeText: string, url: URL): Response {
  const { sheet, range } = resolveRange(findSpreadsheet(state, id), rangeText);
  const { endRow, endCol } = bounds(range);
  const formatted = (url.searchParams.get('valueRenderOption') ?? 'FORMATTED_VALUE') === 'FORMATTED_VALUE';
  let rows = sheet.values.slice(range.startRow, endRow).map((row) => {
    const cells = row.slice(range.startCol, endCol).map((cell) => (formatted ? (typeof cell === 'boolean' ? String(cell).toUpperCase() : String(cell)) : cell));
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
  const majorDimension = url.searchParams.get('majorDimension') ?? 'ROWS';
  if (majorDimension === 'COLUMNS') {
    const width = Math.max(0, ...rows.map((r) => r.length));
    rows = Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? ''));
  }
  const echoed = formatA1(sheet.title, range.startRow, range.startCol, endRow, endCol);
  return respond.json({ range: echoed, majorDimension, ...(rows.length > 0 ? { values: rows } : {}) });
}

function parseInput(text: string, option: string | null): Cell[][] {
  if (option !== 'RAW' && option !== 'USER_ENTERED') {
    throw new GoogleFault(400, 'INVALID_ARGUMENT', option === null ? "'valueInputOption' is required but not specified" : `Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), "${option}"`);
  }
  let body: { values?: unknown };
  try {
    body = parseJsonData(text);
  } catch {
    throw new GoogleFault(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received. Unexpected token.');
  }
  if (!Array.isArray(body?.values)) return [];
  return body.values.map((row: unknown, r: number) => {
    if (!Array.isArray(row)) throw new GoogleFault(400, 'INVALID_ARGUMENT', `Invalid values[${r}]: ${JSON.stringify(row)}`);
    return row.map((cell: unknown, c: number): Cell => {
      if (cell === null) return '';
      if (typeof cell === 'object') throw new GoogleFault(400, 'INVALID_ARGUMENT', `Invalid values[${r}][${c}]: struct_value ${JSON.stringify(cell)}`);
      // USER_ENTERED parses as if typed into the UI: numbers and booleans become typed cells.
      if (option === 'USER_ENTERED' && typeof cell === 'string') {
        if (/^-?\d+(\.\d+)?$/.test(cell.trim())) return Number(cell);
        if (/^(TRUE|FALSE)$/i.test(cell.trim())) return cell.trim().toUpperCase() === 'TRUE';
      }
      return cell as Cell;
    });
  });
}

function write(sheet: Sheet, startRow: number, startCol: number, rows: Cell[][]): void {
  rows.forEach((row, r) => {
    const target = (sheet.values[startRow + r] ??= []);
    for (let i = target.length; i < startCol; i++) target[i] = '';
    row.forEach((cell, c) => (target[startCol + c] = cell));
  });
  for (let i = 0; i < sheet.values.length; i++) sheet.values[i] ??= [];
}

function updateSummary(spreadsheet: Spreadsheet, sheet: Sheet, startRow: number, startCol: number, rows: Cell[][]) {
  const width = Math.max(0, ...rows.map((r) => r.length));
  spreadsheet.modifiedTime = new Date().toISOString();
  return {
    spreadsheetId: spreadsheet.spreadsheetId,
    updatedRange: formatA1(sheet.title, startRow, startCol, startRow + rows.length, startCol + Math.max(1, width)),
    updatedRows: rows.length,
    updatedColumns: width,
    updatedCells: rows.reduce((sum, r) => sum + r.length, 0),
  };
}

/** `PUT .../values/{range}?valueInputOption=RAW|USER_ENTERED`: writes the rows at the range's start, within its bounds. */
export function updateValues(state: GoogleState, id: string, rangeText: string, url: URL, text: string): Response {
  const spreadsheet = findSpreadsheet(state, id);
  const { sheet, range } = resolveRange(spreadsheet, rangeText);
  const rows = parseInput(text, url.searchParams.get('valueInputOption'));
  const { endRow, endCol } = bounds(range);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const echoed = formatA1(sheet.title, range.startRow, range.startCol, endRow, endCol);
  if (range.startRow + rows.length > endRow) throw new GoogleFault(400, 'INVALID_ARGUMENT', `Requested writing within range [${echoed}], but tried writing to row [${range.startRow + rows.length}]`);
  if (range.startCol + width > endCol) throw new GoogleFault(400, 'INVALID_ARGUMENT', `Requested writing within range [${echoed}], but tried writing to column [${columnLetters(range.startCol + width - 1)}]`);
  write(sheet, range.startRow, range.startCol, rows);
  return respond.json(updateSummary(spreadsheet, sheet, range.startRow, range.startCol, rows), { effect: rows.length > 0 ? 'applied' : 'none' });
}

/** `POST .../values/{range}:append`: finds the table in the range and writes the rows after its last row. */
export function appendValues(state: GoogleState, id: string, rangeText: string, url: URL, text: string): Response {
  const spreadsheet = findSpreadsheet(state, id);
  const { sheet, range } = resolveRange(spreadsheet, rangeText);
  const rows = parseInput(text, url.searchParams.get('valueInputOption'));
  const { endCol } = bounds(range);
  let last = -1;
  sheet.values.forEach((row, r) => {
    if (r >= range.startRow && row.slice(range.startCol, endCol).some((cell) => cell !== '')) last = r;
  });
  const tableWidth = Math.max(1, ...sheet.values.map((row) => Math.min(row.length, endCol) - range.startCol));
  const startRow = last >= 0 ? last + 1 : range.startRow;
  write(sheet, startRow, range.startCol, rows);
  const updates = updateSummary(spreadsheet, sheet, startRow, range.startCol, rows);
  const tableRange = last >= 0 ? { tableRange: formatA1(sheet.title, range.startRow, range.startCol, last + 1, range.startCol + tableWidth) } : {};
  return respond.json({ spreadsheetId: spreadsheet.spreadsheetId, ...tableRange, updates }, { effect: rows.length > 0 ? 'applied' : 'none' });
}

