import { ownValue } from '../own.ts';

/** `{{name}}` placeholders in the product's command, URLs and environment. */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * The placeholder names a text uses.
 * @example placeholdersIn('http://127.0.0.1:{{port}}/{{mocks.slack}}') // ['port', 'mocks.slack']
 */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Replaces every `{{name}}` with its value; a name without a value is an error (the config check has
 * already reported it, so reaching this is a bug in the caller).
 * @example fillPlaceholders('{{mocks.slack}}/api', { 'mocks.slack': 'http://127.0.0.1:4010' }) // 'http://127.0.0.1:4010/api'
 */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = ownValue(values, name);
    if (value === undefined) throw new Error(`brownout: no value for placeholder {{${name}}}; known: ${Object.keys(values).map((k) => `{{${k}}}`).join(', ')}`);
    return value;
  });
}

/**
 * The placeholders a product config may use: `{{port}}`, `{{url}}`, one `{{mocks.<slug>}}` per provider used,
 * and `{{variant}}` when the config declares variants.
 */
export function allowedPlaceholders(providers: readonly string[], withVariant = false): string[] {
  return ['port', 'url', ...(withVariant ? ['variant'] : []), ...providers.map((p) => `mocks.${p}`)];
}
