/**
 * Escaping for the HTML report. Journal text is product copy and must be treated as untrusted: the `html`
 * tag escapes every interpolated value unless it is already `SafeHtml` built by this module.
 */

/** A fragment of markup that is already safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  /** The markup itself, so fragments nest in template strings. */
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]!);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * Builds markup from a template, escaping each interpolated value (arrays are concatenated, `null`,
 * `undefined` and `false` render nothing).
 * @example html`<li>${message}</li>` // message "<script>" becomes "&lt;script&gt;"
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup trusted as is: only for strings this module's callers build themselves (CSS, data URIs they checked). */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

/**
 * A unique value for an `id` attribute and a `#fragment`, from a scenario's position and id.
 * @example anchorId(2, 'quickbooks/expense') // 's3-quickbooks-expense'
 */
export const anchorId = (index: number, id: string): string => `s${index + 1}-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** Where a scenario's card is, from the report's folder: an anchor on the page or a page of its own. */
export type CardHref = (index: number, id: string) => string;

/** The folder, beside `index.html`, of the scenario pages of a report whose cards do not fit on one page. */
export const scenarioPagesDir = 'scenario-pages';

/** Cards on the page itself (`#s3-...`), for reports small enough to keep them inline. */
export const inlineCards: CardHref = (index, id) => `#${anchorId(index, id)}`;

/**
 * Cards on pages of their own: `scenario-pages/s3-....html`, a name of letters, digits, `-` and `_` (anchorId's), cut
 * to 120 characters so a long scenario id stays a valid file name (the `s3-` position keeps cut names apart).
 */
export const cardPages: CardHref = (index, id) => `${scenarioPagesDir}/${anchorId(index, id).slice(0, 120)}.html`;

/** True for a file name `cardPages` gives (what a later report may remove from `scenario-pages/`; nothing else is). */
export const isScenarioPageName = (name: string): boolean => /^s\d+-[\w-]*\.html$/.test(name);
