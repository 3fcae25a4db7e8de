import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createGoogleSheetsHandlers } from './handlers.ts';
import { respond } from './respond.ts';
import { createGoogleState } from './store.ts';

/** Google Sheets API v4 with the Drive v3 file list used to pick a sheet, on one base URL (googleapis `rootUrl`). */
export const googleSheets: ProviderDefinition = {
  name: 'google-sheets',
  title: 'Google Sheets',
  aliases: ['Sheets', 'Google Drive', 'Google'],
  category: 'Other',
  hosts: ['sheets.googleapis.com', 'www.googleapis.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/google-sheets/catalogue.json'),
  dialect: respond.dialect,
  dialectVars: respond.vars,
  createHandlers: () => createGoogleSheetsHandlers(createGoogleState()),
};

export { createGoogleSheetsHandlers } from './handlers.ts';
export { createGoogleState } from './store.ts';
