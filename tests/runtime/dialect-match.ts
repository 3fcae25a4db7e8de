/** Whether a response speaks a provider's dialect entry: its status, its content type and its body's shape. */
import type { DialectResponse } from '../../mocks/types.ts';

const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/;

/** Where `actual` departs from the dialect body `template` (`{{placeholders}}` match any value), or null. */
export function bodyMismatch(actual: unknown, template: unknown, at = 'body'): string | null {
  if (typeof template === 'string' && PLACEHOLDER.test(template)) {
    const pattern = new RegExp(`^${template.split(PLACEHOLDER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
    return typeof actual === 'number' || (typeof actual === 'string' && pattern.test(actual)) ? null : `${at}: ${JSON.stringify(actual)} does not fit "${template}"`;
  }
  if (Array.isArray(template)) {
    if (!Array.isArray(actual) || actual.length !== template.length) return `${at}: expected an array of ${template.length}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < template.length; i++) {
      const problem = bodyMismatch(actual[i], template[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (template !== null && typeof template === 'object') {
    if (actual === null || typeof actual !== 'object') return `${at}: expected an object, got ${JSON.stringify(actual)}`;
    const keys = Object.keys(template).sort().join(',');
    if (Object.keys(actual).sort().join(',') !== keys) return `${at}: expected keys ${keys}, got ${Object.keys(actual).sort().join(',')}`;
    for (const key of Object.keys(template)) {
      const problem = bodyMismatch((actual as Record<string, unknown>)[key], (template as Record<string, unknown>)[key], `${at}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  return actual === template ? null : `${at}: expected ${JSON.stringify(template)}, got ${JSON.stringify(actual)}`;
}

/** Problems of `response` against a dialect `entry` (status `status` when the fault overrides it); empty when it speaks it. */
export async function dialectProblems(response: Response, entry: DialectResponse, status = entry.status): Promise<string[]> {
  const problems: string[] = [];
  if (response.status !== status) problems.push(`status ${response.status}, expected ${status}`);
  const declared = Object.entries(entry.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (declared && response.headers.get('content-type') !== declared) problems.push(`content-type ${response.headers.get('content-type')}, expected ${declared}`);
  const text = await response.text();
  let body: unknown = text;
  if (typeof entry.body !== 'string') {
    try {
      body = JSON.parse(text);
    } catch {
      return [...problems, `body is not JSON: ${text.slice(0, 80)}`];
    }
  }
  const mismatch = bodyMismatch(body, entry.body);
  return mismatch ? [...problems, mismatch] : problems;
}
