/** A parsed A1 range: the sheet title and 0-based, end-exclusive row/column bounds (null: open-ended). */
export interface GridRange {
  sheet: string | null;
  startRow: number;
  startCol: number;
  endRow: number | null;
  endCol: number | null;
}

const CELL = /^([A-Za-z]*)(\d*)$/;

/** Column letters to a 0-based index: A -> 0, Z -> 25, AA -> 26. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A 0-based column index to letters: 0 -> A, 26 -> AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Quotes a sheet title for A1 notation when Sheets does (spaces, punctuation): `'Class Data'`. */
export function quoteSheet(title: string): string {
  return /^[A-Za-z0-9_]+$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

/**
 * Parses A1 notation as Sheets reads it: `Sheet1`, `Sheet1!A1:C10`, `'My sheet'!A:C`, `A2:B`, `B3`.
 * Returns null when the text is not a range (Sheets answers "Unable to parse range").
 */
export function parseA1(text: string): GridRange | null {
  let sheet: string | null = null;
  let cells = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    cells = text.slice(bang + 1);
    if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  } else if (!/^[A-Za-z]{0,3}\d*(:[A-Za-z]{0,3}\d*)?$/.test(text) || text === '') {
    return { sheet: text.replace(/^'(.*)'$/, '$1'), startRow: 0, startCol: 0, endRow: null, endCol: null };
  }
  const [from, to = from] = cells.split(':');
  const a = CELL.exec(from ?? '');
  const b = CELL.exec(to ?? '');
  if (!a || !b || (!a[1] && !a[2])) return null;
  return {
    sheet,
    startRow: a[2] ? Number(a[2]) - 1 : 0,
    startCol: a[1] ? columnIndex(a[1]) : 0,
    endRow: b[2] ? Number(b[2]) : null,
    endCol: b[1] ? columnIndex(b[1]) + 1 : null,
  };
}

/** A range written back as Sheets echoes it: `'Class Data'!A1:F11`. */
export function formatA1(sheet: string, startRow: number, startCol: number, endRow: number, endCol: number): string {
  const first = `${columnLetters(startCol)}${startRow + 1}`;
  const last = `${columnLetters(endCol - 1)}${endRow}`;
  return `${quoteSheet(sheet)}!${first === last ? first : `${first}:${last}`}`;
}
