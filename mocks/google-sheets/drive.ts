import { applyFields, parseFields } from './fields.ts';
import { GoogleFault, respond } from './respond.ts';
import { driveFiles, type GoogleState } from './store.ts';

type DriveFile = Record<string, unknown>;
type Clause = (file: DriveFile) => boolean;

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
const DEFAULT_FIELDS = 'kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)';
const CLAUSE = /^(?:(\w+)\s*(=|!=|contains)\s*(.+)|'([^']*)'\s+in\s+(\w+))$/i;

function invalid(location: string, message = 'Invalid Value'): GoogleFault {
  return new GoogleFault(400, 'INVALID_ARGUMENT', message, [{ reason: 'invalid', location, locationType: 'parameter' }]);
}

function literal(text: string): string | boolean {
  const trimmed = text.trim();
  if (/^'(?:[^'\\]|\\.)*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^(true|false)$/.test(trimmed)) return trimmed === 'true';
  throw invalid('q');
}

/** Drive's query language, the part a sheet picker uses: `mimeType`, `name`, `trashed`, `starred` terms joined by `and`, `'x' in parents|owners`. */
function parseQuery(q: string | null): Clause[] {
  if (!q) return [];
  return q.split(/\s+and\s+/i).map((text): Clause => {
    const m = CLAUSE.exec(text.trim());
    if (!m) throw invalid('q');
    if (m[4] !== undefined) {
      // Every mock file sits in My Drive's root and belongs to the signed-in user.
      if (!['parents', 'owners'].includes(m[5]!)) throw invalid('q');
      return () => true;
    }
    const [, field, op, raw] = m;
    if (!['mimeType', 'name', 'trashed', 'starred', 'fullText'].includes(field!)) throw invalid('q');
    const value = literal(raw!);
    if (op!.toLowerCase() === 'contains') return (file) => String(file[field === 'fullText' ? 'name' : field!]).toLowerCase().includes(String(value).toLowerCase());
    return op === '=' ? (file) => file[field!] === value : (file) => file[field!] !== value;
  });
}

function order(orderBy: string | null): (a: DriveFile, b: DriveFile) => number {
  const keys = (orderBy ?? 'folder,name').split(',').map((k) => k.trim().split(/\s+/));
  return (a, b) => {
    for (const [key, direction] of keys) {
      const value = (f: DriveFile) => (key === 'folder' ? (f.mimeType === 'application/vnd.google-apps.folder' ? 0 : 1) : String(f[key === 'name_natural' ? 'name' : key!] ?? ''));
      const [x, y] = [value(a), value(b)];
      const cmp = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
      if (cmp !== 0) return direction === 'desc' ? -cmp : cmp;
    }
    return 0;
  };
}

/** `GET /drive/v3/files`: `q`, `orderBy`, `pageSize` (1-1000), `pageToken` and the `fields` mask, as Drive answers. */
export function listFiles(state: GoogleState, url: URL): Response {
  const params = url.searchParams;
  const clauses = parseQuery(params.get('q'));
  const files = driveFiles(state).filter((file) => clauses.every((clause) => clause(file)));
  // Without a trashed term Drive lists trashed files too; pickers add `trashed = false`.
  files.sort(order(params.get('orderBy')));
  const pageSize = Math.min(MAX_PAGE, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE) || DEFAULT_PAGE));
  const token = params.get('pageToken');
  const offset = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^offset:/, ''));
  if (!Number.isInteger(offset) || offset < 0) throw invalid('pageToken', 'Invalid Value');
  const page = files.slice(offset, offset + pageSize);
  const next = offset + pageSize < files.length ? { nextPageToken: Buffer.from(`offset:${offset + pageSize}`).toString('base64url') } : {};
  const mask = parseFields(params.get('fields') ?? DEFAULT_FIELDS);
  if (!mask) throw invalid('fields', `Invalid field selection ${params.get('fields')}`);
  return respond.json(applyFields({ kind: 'drive#fileList', ...next, incompleteSearch: false, files: page }, mask));
}
