import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, type JsonSchema } from './json-schema.ts';
import { fakeRegistries } from './test-fixtures.ts';
import { scenarioSchemaPath, scenarioSchemaText } from './write-schema.ts';

const schema = scenarioJsonSchema(fakeRegistries);
const scenario = (schema.definitions as Record<string, JsonSchema>).scenario!;
const properties = scenario.properties as Record<string, JsonSchema>;
const fault = properties.faults!.items as JsonSchema;

describe('scenarioJsonSchema', () => {
  it('accepts a scenario mapping or a non-empty sequence of them', () => {
    expect(schema.anyOf).toEqual([
      { $ref: '#/definitions/scenario' },
      { type: 'array', minItems: 1, items: { $ref: '#/definitions/scenario' } },
    ]);
    expect(scenario.additionalProperties).toBe(false);
    expect(scenario.if).toEqual({ not: { required: ['extends'] } });
    expect(scenario.then).toEqual({ required: ['title', 'integration', 'flow', 'context'], anyOf: [{ required: ['faults'] }, { required: ['matrix'] }] });
  });

  it("folds in each fault kind's params, chosen by kind", () => {
    expect((fault.properties as Record<string, JsonSchema>).kind!.enum).toEqual(['latency', 'outage']);
    expect(fault.allOf).toContainEqual({
      if: { properties: { kind: { const: 'outage' } }, required: ['kind'] },
      then: {
        properties: {
          params: {
            type: 'object',
            properties: { status: { default: 503, type: 'integer', minimum: 500, maximum: 599 } },
            additionalProperties: false,
            description: 'Parameters of the outage fault.',
          },
        },
      },
    });
  });

  it("lists each provider's endpoints, for the fault's provider or else the integration", () => {
    const chatty = { endpoint: { enum: ['POST /api/chat.postMessage', '*'] } };
    expect(properties.integration!.enum).toEqual(['chatty', 'fakebooks']);
    expect(fault.allOf).toContainEqual({ if: { properties: { provider: { const: 'chatty' } }, required: ['provider'] }, then: { properties: chatty } });
    expect(scenario.allOf).toContainEqual({
      if: { properties: { integration: { const: 'chatty' } }, required: ['integration'] },
      then: {
        properties: {
          faults: { items: { if: { not: { required: ['provider'] } }, then: { properties: chatty } } },
          matrix: {
            properties: {
              endpoints: {
                items: { if: { type: 'string' }, then: { enum: ['POST /api/chat.postMessage', '*'] }, else: { if: { not: { required: ['provider'] } }, then: { properties: chatty } } },
              },
            },
          },
        },
      },
    });
  });

  it("lists the decision tree's context keys and answers", () => {
    const context = properties.context!;
    expect(Object.keys(context.properties as object)).toEqual(['initiatedBy', 'where', 'field', 'data', 'scope']);
    const field = (context.properties as Record<string, JsonSchema>).field!;
    expect((field.properties as Record<string, JsonSchema>).required!.enum).toEqual([true, false, 'true', 'false']);
    expect(context.additionalProperties).toBe(false);
  });

  it('lists the kinds expect.prescribed may name', () => {
    const expect_ = properties.expect!.properties as Record<string, JsonSchema>;
    expect(expect_.prescribed!.enum).toContain('contextual-error-alert');
  });

  it('describes durations as numbers of ms or strings with a unit', () => {
    const observe = properties.observe!.properties as Record<string, JsonSchema>;
    expect(observe.stuckMs!.anyOf).toEqual([
      { type: 'number', minimum: 0 },
      { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m)\\s*$' },
    ]);
  });
});

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the registries (if not: node_modules/.bin/tsx harness/scenario/write-schema.ts)', () => {
    expect(readFileSync(scenarioSchemaPath, 'utf8')).toBe(scenarioSchemaText());
  });
});
