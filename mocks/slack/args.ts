import { SlackFailure } from './respond.ts';
import { parseJsonData } from '../json-data.ts';

/** A Web API call's arguments: query string, then the form or JSON body (Slack accepts both). */
export type SlackArgs = Record<string, unknown>;

/** Reads the arguments as Slack does: query string and an `application/x-www-form-urlencoded` or JSON body. */
export async function readArgs(request: Request): Promise<{ args: SlackArgs; json: boolean }> {
  const url = new URL(request.url);
  const args: SlackArgs = Object.fromEntries(url.searchParams);
  const type = request.headers.get('content-type') ?? '';
  const text = request.method === 'GET' ? '' : await request.text();
  if (!text) return { args, json: false };
  if (/application\/json/i.test(type)) {
    let body: unknown;
    try {
      body = parseJsonData(text);
    } catch {
      throw new SlackFailure('invalid_json');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SlackFailure('json_not_object');
    return { args: { ...args, ...(body as SlackArgs) }, json: true };
  }
  if (/multipart\/form-data/i.test(type)) {
    const form = await new Response(text, { headers: { 'content-type': type } }).formData();
    for (const [key, value] of form) if (typeof value === 'string') args[key] = value;
    return { args, json: false };
  }
  return { args: { ...args, ...Object.fromEntries(new URLSearchParams(text)) }, json: false };
}

/** The token of a call: `Authorization: Bearer`, else a `token` argument (never in a JSON body, as Slack rules). */
export function tokenOf(request: Request, args: SlackArgs, json: boolean): string | null {
  const header = /^Bearer\s+(\S+)/i.exec(request.headers.get('authorization') ?? '');
  if (header) return header[1]!;
  if (!json && typeof args.token === 'string' && args.token) return args.token;
  return null;
}

/** A string argument, or undefined when absent or empty. */
export function stringArg(args: SlackArgs, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** A boolean argument as Slack reads it (`true`, `1`). */
export function boolArg(args: SlackArgs, name: string, fallback = false): boolean {
  const value = args[name];
  if (value === undefined || value === '') return fallback;
  return value === true || value === 1 || value === 'true' || value === '1';
}

/** A list argument: comma-separated string or a JSON array. */
export function listArg(args: SlackArgs, name: string): string[] {
  const value = args[name];
  if (Array.isArray(value)) return value.map(String);
  return (stringArg(args, name) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * One page of a cursor-paginated list, as Slack pages: `limit` items from the cursor's position, and
 * `response_metadata.next_cursor` (base64 `<kind>:<next id>`) or `""` at the end.
 */
export function pageOf<T extends { id: string }>(items: T[], args: SlackArgs, kind: string, defaultLimit: number): { page: T[]; nextCursor: string } {
  const rawLimit = stringArg(args, 'limit');
  const limit = rawLimit === undefined ? defaultLimit : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 0) throw new SlackFailure('invalid_limit');
  const cursor = stringArg(args, 'cursor');
  let start = 0;
  if (cursor) {
    const [cursorKind, id] = Buffer.from(cursor, 'base64').toString('utf8').split(':');
    start = items.findIndex((item) => item.id === id);
    if (cursorKind !== kind || start < 0) throw new SlackFailure('invalid_cursor');
  }
  const size = limit === 0 ? items.length : Math.min(limit, 1000);
  const page = items.slice(start, start + size);
  const next = items[start + size];
  return { page, nextCursor: next ? Buffer.from(`${kind}:${next.id}`).toString('base64') : '' };
}
