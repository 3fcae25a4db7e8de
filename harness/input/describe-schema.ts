/**
 * Says in words what a zod schema accepts ("an integer from 500 to 599"), so a problem can state what is
 * allowed for any schema, including fault kinds' params written elsewhere. A schema whose shape says too
 * little (a duration, an id pattern) registers its own words with `expecting`.
 */
import { z } from 'zod';

/** Human wording of what a schema accepts, for schemas whose structure does not say it. */
export const expectations = z.registry<{ expected: string }>();

/**
 * Registers the words that describe what `schema` accepts, and returns the schema.
 * @example expecting(z.string().regex(ID), 'an id like quickbooks/expense-payee-outage')
 */
export function expecting<T extends z.ZodType>(schema: T, expected: string): T {
  expectations.add(schema, { expected });
  return schema;
}

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'lazy']);

/** The side of a pipe that says what the input looks like: its input, unless that is a preprocessing transform. */
const pipeSide = (def: Record<string, unknown>) =>
  (defOf(def.in as AnySchema).type === 'transform' ? def.out : def.in) as AnySchema;

/** Unwraps optional/default/... and pipes (their input side); `lazy` is resolved. */
function unwrap(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  if (def.type === 'lazy') return unwrap((def.getter as () => AnySchema)());
  if (WRAPPERS.has(def.type)) return unwrap(def.innerType as AnySchema);
  if (def.type === 'pipe') return unwrap(pipeSide(def));
  return schema;
}

/** The first registered wording found while unwrapping `schema`. */
function registered(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    const words = expectations.get(current as z.ZodType)?.expected;
    if (words) return words;
    const def = defOf(current);
    if (def.type === 'lazy') current = (def.getter as () => AnySchema)();
    else if (WRAPPERS.has(def.type)) current = def.innerType as AnySchema;
    else if (def.type === 'pipe') current = pipeSide(def);
    else current = undefined;
  }
  return undefined;
}

/**
 * The sub-schema at a document path (object keys, array indexes, record keys), or undefined when the
 * path leaves the schema. Unions are not descended: their own wording covers them.
 */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = defOf(inner);
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else if (def.type === 'record') current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

/** Keys an object schema allows (after unwrapping), for "allowed keys" lists. */
export function allowedKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** The check definitions of a schema (`greater_than`, `min_length`, `number_format`, ...). */
const checksOf = (schema: AnySchema) =>
  ((defOf(schema).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

const isBound = (n: unknown): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;

function describeNumber(schema: AnySchema): string {
  const checks = checksOf(schema);
  const int = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
  const noun = int ? 'an integer' : 'a number';
  const bound = (kind: string) => checks.filter((c) => c.check === kind && isBound(c.value)).at(-1);
  const min = bound('greater_than');
  const max = bound('less_than');
  if (min?.inclusive && max?.inclusive) return `${noun} from ${min.value} to ${max.value}`;
  const words = [
    min ? `${min.inclusive ? 'of at least' : 'greater than'} ${min.value}` : '',
    max ? `${max.inclusive ? 'of at most' : 'less than'} ${max.value}` : '',
  ].filter(Boolean);
  return [noun, words.join(' and ')].filter(Boolean).join(' ');
}

const list = (values: unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/**
 * What `schema` accepts, in words: "a non-empty string", "an integer from 500 to 599", "one of a, b".
 * @example describeExpected(z.number().min(0).max(1)) // 'a number from 0 to 1'
 */
export function describeExpected(schema: AnySchema): string {
  const words = registered(schema);
  if (words) return words;
  const outer = defOf(schema);
  if (outer.type === 'nullable') return `${describeExpected(outer.innerType as AnySchema)}, or null`;
  if (WRAPPERS.has(outer.type)) return describeExpected(outer.innerType as AnySchema);
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return checksOf(inner).some((c) => c.check === 'min_length' && Number(c.minimum) > 0) ? 'a non-empty string' : 'a string';
    case 'number':
    case 'int':
      return describeNumber(inner);
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${list(Object.values(def.entries as object))}`;
    case 'literal': {
      const values = def.values as unknown[];
      return values.length === 1 ? list(values) : `one of ${list(values)}`;
    }
    case 'array': {
      const element = describeExpected(def.element as AnySchema);
      return element === 'a string' || element === 'a non-empty string' ? 'a list of strings' : `a list (each item ${element})`;
    }
    case 'object':
      return `a mapping with keys ${Object.keys(def.shape as object).join(', ')}`;
    case 'record': {
      const value = describeExpected(def.valueType as AnySchema);
      return value === 'any value' ? 'a mapping' : `a mapping whose values are each ${value}`;
    }
    case 'union':
      return (def.options as AnySchema[]).map(describeExpected).join(' or ');
    case 'null':
      return 'null';
    default:
      return 'any value';
  }
}

/**
 * A value as a problem quotes it: strings in double quotes, short JSON for structures, "nothing" when absent.
 * @example showValue('fast') // '"fast"'
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
