import { Router } from 'express';
import { z } from 'zod';
import deals from '../won-deals.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import { sendFailure, type UxMode } from './failure.ts';
import type { ProviderHttp } from './provider-http.ts';

/** What the Google Sheets routes need. */
export interface SheetsRouterOptions {
  mode: UxMode;
  http: ProviderHttp;
  policy: CallPolicy;
}

/** Rows written per request (rows). */
export const SYNC_BATCH_ROWS = 3;
const SPREADSHEETS = "mimeType='application/vnd.google-apps.spreadsheet' and trashed=false";
const syncInput = z.object({ spreadsheetId: z.string().regex(/^[\w-]{10,}$/) });

/**
 * Syncing won deals to a Google Sheet: the sheet picker (Drive files list) and writing one batch of rows.
 * Guided writes each batch to its own fixed rows with PUT (idempotent: a retry overwrites, never duplicates);
 * legacy appends (POST :append), once, so a retried sync would add the rows twice.
 */
export function createSheetsRouter({ mode, http, policy }: SheetsRouterOptions): Router {
  const router = Router();

  router.get('/api/sheets/spreadsheets', async (_req, res) => {
    try {
      const { files } = await policy.run((signal) => http<{ files: { id: string; name: string }[] }>({ method: 'GET', path: `/drive/v3/files?q=${encodeURIComponent(SPREADSHEETS)}&fields=${encodeURIComponent('files(id,name)')}&orderBy=name`, signal }));
      res.json({ spreadsheets: files });
    } catch (error) {
      sendFailure(res, mode, 'google-sheets', 'GET drive files', error);
    }
  });

  router.get('/api/sheets/sync', (_req, res) => res.json({ rows: deals.length, batches: Math.ceil(deals.length / SYNC_BATCH_ROWS) }));

  router.post('/api/sheets/sync/:batch', async (req, res) => {
    const input = syncInput.safeParse(req.body);
    const batch = Number(req.params.batch);
    const rows = deals.slice(batch * SYNC_BATCH_ROWS, (batch + 1) * SYNC_BATCH_ROWS);
    if (!input.success || !Number.isInteger(batch) || rows.length === 0) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: [`a spreadsheetId and a batch from 0 to ${Math.ceil(deals.length / SYNC_BATCH_ROWS) - 1}`] } });
      return;
    }
    const sheet = `/v4/spreadsheets/${encodeURIComponent(input.data.spreadsheetId)}/values`;
    try {
      if (mode === 'guided') {
        // Row 1 is the header; batch k owns rows 2 + 3k .. 4 + 3k of the first sheet.
        const first = 2 + batch * SYNC_BATCH_ROWS;
        const range = `A${first}:D${first + rows.length - 1}`;
        await policy.run((signal) => http({ method: 'PUT', path: `${sheet}/${encodeURIComponent(range)}?valueInputOption=USER_ENTERED`, body: { range, majorDimension: 'ROWS', values: rows }, signal }));
      } else {
        await http({ method: 'POST', path: `${sheet}/${encodeURIComponent('A1:D1')}:append?valueInputOption=USER_ENTERED`, body: { majorDimension: 'ROWS', values: rows } });
      }
      res.json({ written: rows.length });
    } catch (error) {
      sendFailure(res, mode, 'google-sheets', 'write rows', error);
    }
  });

  return router;
}
