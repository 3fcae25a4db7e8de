import seed from './seed.json' with { type: 'json' };

/** One tab of a spreadsheet: its properties and its cells as entered (rows of strings, numbers, booleans). */
export interface Sheet {
  sheetId: number;
  title: string;
  values: Array<Array<string | number | boolean>>;
}

/** A spreadsheet the mock stores; it is also a Drive file of the spreadsheet type. */
export interface Spreadsheet {
  spreadsheetId: string;
  title: string;
  createdTime: string;
  modifiedTime: string;
  sheets: Sheet[];
}

/** A Drive file that is not a spreadsheet (documents, folders, PDFs, trashed files). */
export type DriveFile = (typeof seed.otherFiles)[number];

/** One Google account's mutable state: its spreadsheets and its other Drive files. */
export interface GoogleState {
  spreadsheets: Spreadsheet[];
  otherFiles: DriveFile[];
}

/** MIME type of a Google Sheets file in Drive. */
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
/** Grid size of every sheet (rows, columns), locale and time zone of every spreadsheet. */
export const SHEET_DEFAULTS = { grid: seed.grid, locale: seed.locale, timeZone: seed.timeZone, owner: seed.owner };

/** A fresh, independent copy of the seeded account (3 spreadsheets, 4 other files): every runtime and reset starts here. */
export function createGoogleState(): GoogleState {
  return structuredClone({ spreadsheets: seed.spreadsheets as Spreadsheet[], otherFiles: seed.otherFiles });
}

/** Every Drive file of the account, spreadsheets included, in Drive's own shape. */
export function driveFiles(state: GoogleState): Array<Record<string, unknown>> {
  const owners = [{ kind: 'drive#user', displayName: seed.owner.displayName, emailAddress: seed.owner.emailAddress, me: true }];
  const sheets = state.spreadsheets.map((s) => ({ id: s.spreadsheetId, name: s.title, mimeType: SPREADSHEET_MIME, createdTime: s.createdTime, modifiedTime: s.modifiedTime, trashed: false }));
  const others = state.otherFiles.map((f) => ({ createdTime: f.modifiedTime, ...f }));
  return [...sheets, ...others].map((file) => ({
    kind: 'drive#file', ...file, starred: false, owners,
    webViewLink: file.mimeType === SPREADSHEET_MIME ? `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${file.mimeType}`,
  }));
}
