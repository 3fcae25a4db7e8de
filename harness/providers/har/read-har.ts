import { readFileSync, statSync } from 'node:fs';
import { ProviderSourceError } from '../source-error.ts';

/** One request/response pair of a HAR, reduced to what a provider needs. */
export interface HarExchange {
  /** Index in `log.entries`, for error messages. */
  index: number;
  method: string;
  url: URL;
  status: number;
  /** Response headers, names lower-case (the last of repeated ones). */
  headers: Record<string, string>;
  mimeType: string;
  /** Response body text (base64 decoded), or null when the HAR has none. */
  text: string | null;
}

const MAX_BYTES = 200 * 1024 * 1024;
type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

function exchangeOf(entry: unknown, index: number, file: string): HarExchange {
  const at = `${file}#/log/entries/${index}`;
  if (!isObject(entry) || !isObject(entry.request) || !isObject(entry.response)) throw new ProviderSourceError(`${at}: expected an entry with request and response objects (HAR 1.2).`);
  const { request, response } = entry;
  if (typeof request.method !== 'string' || typeof request.url !== 'string') throw new ProviderSourceError(`${at}/request: expected method and url strings.`);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new ProviderSourceError(`${at}/request/url: ${JSON.stringify(request.url)} is not an absolute URL.`);
  }
  if (typeof response.status !== 'number' || response.status < 100 || response.status > 599) {
    throw new ProviderSourceError(`${at}/response/status: expected an HTTP status 100-599, got ${JSON.stringify(response.status ?? null)} (0 is a request that never got an answer; remove the entry).`);
  }
  const headers: Record<string, string> = {};
  for (const h of Array.isArray(response.headers) ? response.headers : []) if (isObject(h) && typeof h.name === 'string' && typeof h.value === 'string') headers[h.name.toLowerCase()] = h.value;
  const content = isObject(response.content) ? response.content : {};
  let text = typeof content.text === 'string' ? content.text : null;
  if (text !== null && content.encoding === 'base64') text = Buffer.from(text, 'base64').toString('utf8');
  const mimeType = typeof content.mimeType === 'string' && content.mimeType ? content.mimeType : headers['content-type'] ?? '';
  return { index, method: request.method.toUpperCase(), url, status: response.status, headers, mimeType, text };
}

/**
 * Reads a HAR 1.2 file (a browser's export or `brownout record`'s): every entry's method, URL and response.
 * Throws a ProviderSourceError naming the file or the entry's JSON pointer, and the fix.
 */
export function readHar(file: string): HarExchange[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ProviderSourceError(`cannot read the HAR ${file}: no such file. Record one with \`brownout record --upstream <url> --out ${file}\` or export it from a browser's network panel.`);
  }
  if (size > MAX_BYTES) throw new ProviderSourceError(`${file} is ${Math.round(size / 1048576)} MB, above the ${MAX_BYTES / 1048576} MB brownout reads; record fewer calls.`);
  let har: unknown;
  try {
    har = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new ProviderSourceError(`${file} is not valid JSON: ${(error as Error).message}. A HAR is a JSON file ({ "log": { "entries": [...] } }).`);
  }
  const entries = isObject(har) && isObject(har.log) ? har.log.entries : undefined;
  if (!Array.isArray(entries)) throw new ProviderSourceError(`${file}#/log/entries: expected an array of entries (HAR 1.2: { "log": { "entries": [...] } }).`);
  if (entries.length === 0) throw new ProviderSourceError(`${file}#/log/entries: the HAR has no entries, so there is nothing to mock. Record some calls first (point the product at \`brownout record\` and use it).`);
  return entries.map((entry, index) => exchangeOf(entry, index, file));
}
