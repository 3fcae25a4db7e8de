/** What a recording never keeps: credentials in headers, cookies, and the fields the user names. */
export const DEFAULT_REDACTED_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key'];

/** The text a redacted value is replaced with. */
export const REDACTED = 'REDACTED';

/** Redacts headers whose (case-insensitive) name is in `names`. */
export function redactHeaders(headers: { name: string; value: string }[], names: ReadonlySet<string>): { name: string; value: string }[] {
  return headers.map((h) => (names.has(h.name.toLowerCase()) ? { name: h.name, value: REDACTED } : h));
}

function redactValue(value: unknown, fields: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => redactValue(item, fields));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fields.has(key.toLowerCase()) ? REDACTED : redactValue(item, fields)]));
}

/**
 * Redacts named fields in a body: at any depth of a JSON body, or in a form-encoded one; other bodies are
 * kept as they are.
 */
export function redactBody(text: string, mimeType: string, fields: ReadonlySet<string>): string {
  if (fields.size === 0 || text === '') return text;
  if (/json/i.test(mimeType)) {
    try {
      return JSON.stringify(redactValue(JSON.parse(text), fields));
    } catch {
      return text;
    }
  }
  if (/x-www-form-urlencoded/i.test(mimeType)) {
    const form = new URLSearchParams(text);
    for (const key of [...form.keys()]) if (fields.has(key.toLowerCase())) form.set(key, REDACTED);
    return form.toString();
  }
  return text;
}
