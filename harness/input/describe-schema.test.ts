import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeExpected, expecting, schemaAt, showValue } from './describe-schema.ts';

describe('describeExpected', () => {
  it.each([
    ['a string', z.string()],
    ['a non-empty string', z.string().trim().min(1)],
    ['an integer from 500 to 599', z.number().int().min(500).max(599).default(503)],
    ['a number from 0 to 1', z.number().min(0).max(1)],
    ['a number greater than 0', z.number().positive()],
    ['an integer of at least 0', z.number().int().nonnegative()],
    ['an integer from 0 to 86400, or null', z.number().int().min(0).max(86400).nullable().default(null)],
    ['true or false', z.boolean().optional()],
    ['one of a, b', z.enum(['a', 'b'])],
    ['a list of strings', z.array(z.string())],
    ['a mapping with keys after, first', z.strictObject({ after: z.number(), first: z.number() })],
    ['a mapping', z.record(z.string(), z.unknown())],
    ['a duration', expecting(z.union([z.number(), z.string()]), 'a duration').default(1)],
  ])('%s', (words, schema) => {
    expect(describeExpected(schema)).toBe(words);
  });
});

describe('schemaAt', () => {
  it('follows object keys, array items and record values through wrappers', () => {
    const leaf = z.number();
    const schema = z.object({ faults: z.array(z.object({ match: z.record(z.string(), leaf) }).optional()).default([]) });
    expect(schemaAt(schema, ['faults', 0, 'match', 'query'])).toBe(leaf);
    expect(schemaAt(schema, ['faults', 0, 'nope', 'x'])).toBeUndefined();
  });
});

describe('showValue', () => {
  it.each([
    ['fast', '"fast"'],
    [200, '200'],
    [undefined, 'nothing'],
    [null, 'null'],
    [['a'], '["a"]'],
    ['x'.repeat(80), `"${'x'.repeat(56)}...`],
  ])('%j -> %s', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });
});
