/** A parsed `fields` mask: field name -> sub-mask (null: the whole value). */
export type FieldMask = Map<string, FieldMask | null>;

/**
 * Parses Google's partial-response syntax: `a,b/c,d(e,f)` (paths with `/` or `.`, sub-selections in parentheses,
 * `*`; spaces ignored). Returns null when the mask is malformed.
 */
export function parseFields(fields: string): FieldMask | null {
  const text = fields.replace(/\s+/g, '');
  let at = 0;
  const parseList = (): FieldMask | null => {
    const mask: FieldMask = new Map();
    while (at < text.length) {
      const name = /^[\w*]+(?:[/.][\w*]+)*/.exec(text.slice(at))?.[0];
      if (!name) return null;
      at += name.length;
      let sub: FieldMask | null = null;
      if (text[at] === '(') {
        at++;
        sub = parseList();
        if (!sub || text[at] !== ')') return null;
        at++;
      }
      const path = name.split(/[/.]/);
      let target = mask;
      path.forEach((part, index) => {
        if (index === path.length - 1) {
          target.set(part, sub);
          return;
        }
        const next = target.get(part) ?? new Map();
        target.set(part, next);
        target = next;
      });
      if (text[at] === ',') at++;
      else if (text[at] === ')' || at >= text.length) break;
      else return null;
    }
    return mask;
  };
  const mask = parseList();
  return mask && at === text.length ? mask : null;
}

/** Keeps only the masked fields of a JSON value (arrays are masked element by element). */
export function applyFields(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null || mask.has('*')) return value;
  if (Array.isArray(value)) return value.map((item) => applyFields(item, mask));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    if (name in (value as Record<string, unknown>)) out[name] = applyFields((value as Record<string, unknown>)[name], sub);
  }
  return out;
}
