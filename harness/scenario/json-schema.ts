/**
 * The JSON Schema of scenario files, generated from the same zod source as the loader, with what the
 * registries know folded in (fault kinds and their params, provider slugs and endpoints, the decision
 * tree's context answers, the prescribed kinds) so editors complete and check scenarios via
 * `# yaml-language-server: $schema=../scenario.schema.json`. The loader stays the authority: some rules
 * (unique ids across files, an id on each item of a multi-scenario file) are not expressible here.
 */
import { ANY_ENDPOINT } from './fault-schema.ts';
import { z } from 'zod';
import { contextQuestions, type DecisionTree } from '../guidelines/decision-tree.ts';
import { registriesOf, type LoadOptions } from './registries.ts';
import { FILE_RULE, scenarioSchema } from './schema.ts';

/** A JSON Schema object (draft-07). */
export type JsonSchema = Record<string, unknown>;

const toJson = (schema: z.ZodType): JsonSchema => {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
};

/** A fault kind's params as JSON Schema; a schema zod cannot express becomes "any mapping". */
function paramsJson(params: z.ZodType): JsonSchema {
  try {
    return toJson(params);
  } catch {
    return { type: 'object' };
  }
}

/** `context` as nested properties, one per key the decision tree asks, each listing its answers. */
function contextJson(tree: DecisionTree, description: unknown): JsonSchema {
  const root: JsonSchema = { type: 'object', description, properties: {}, additionalProperties: false };
  for (const [key, { question, answers }] of contextQuestions(tree)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const properties = node.properties as Record<string, JsonSchema>;
      node = properties[part] ??= { type: 'object', properties: {}, additionalProperties: false };
    }
    const booleans = answers.every((a) => a === 'true' || a === 'false');
    const values = booleans ? [...answers.map((a) => a === 'true'), ...answers] : answers;
    (node.properties as Record<string, JsonSchema>)[parts[parts.length - 1]!] = {
      description: `${question} (${answers.join(' | ')})`,
      enum: values,
    };
  }
  return root;
}

/** Matrix cells: a string shorthand or a mapping; kind cells get the kinds' names and params. */
function matrixJson(matrix: JsonSchema, kindNames: string[], byKind: JsonSchema[], byProvider: JsonSchema[]): void {
  const axes = matrix.properties as Record<string, JsonSchema>;
  const endpoints = axes.endpoints!;
  const endpointCell = endpoints.items as JsonSchema;
  if (byProvider.length) endpointCell.allOf = byProvider;
  endpoints.items = { anyOf: [{ type: 'string', minLength: 1, description: 'An endpoint id, e.g. "GET /v3/company/{realmId}/query".' }, endpointCell] };
  const kinds = axes.kinds!;
  const kindCell = kinds.items as JsonSchema;
  const kindName: JsonSchema = { type: 'string', description: 'A fault kind registered in harness/faults/registry.ts.' };
  if (kindNames.length) {
    kindName.enum = kindNames;
    (kindCell.properties as Record<string, JsonSchema>).kind!.enum = kindNames;
  }
  if (byKind.length) kindCell.allOf = byKind;
  kinds.items = { anyOf: [kindName, kindCell] };
}

/** `expect.copyRules` / `expect.engineeringRules`: the rule ids each may name. */
function expectRulesJson(expect: JsonSchema, registries: { copyRules: readonly string[]; engineeringRules: readonly string[] }): void {
  const families = expect.properties as Record<string, JsonSchema>;
  for (const [key, ids] of [['copyRules', registries.copyRules], ['engineeringRules', registries.engineeringRules]] as const) {
    const family = families[key]!.properties as Record<string, JsonSchema>;
    (family.check!.items as JsonSchema).enum = [...ids];
    family.waive!.propertyNames = { enum: [...ids] };
  }
}

/**
 * The JSON Schema of a scenario file: a scenario mapping, or a non-empty sequence of them.
 * @example writeFileSync('scenarios/scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2))
 */
export function scenarioJsonSchema(options?: LoadOptions): JsonSchema {
  const registries = registriesOf(options);
  const scenario = toJson(scenarioSchema);
  const properties = scenario.properties as Record<string, JsonSchema>;
  const fault = (properties.faults!.items as JsonSchema) ?? {};
  const faultProperties = fault.properties as Record<string, JsonSchema>;

  const kinds = Object.entries(registries.faultKinds).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length) faultProperties.kind!.enum = kinds.map(([name]) => name);
  const byKind = kinds.map(([name, kind]) => ({
    if: { properties: { kind: { const: name } }, required: ['kind'] },
    then: { properties: { params: { ...paramsJson(kind.params), description: `Parameters of the ${name} fault.` } } },
  }));

  const providers = Object.entries(registries.providers).sort(([a], [b]) => a.localeCompare(b));
  const endpointsOf = (catalogue: readonly { endpoint: string }[]) => ({ endpoint: { enum: [...catalogue.map((e) => e.endpoint), ANY_ENDPOINT] } });
  // With a config's flows (`brownout schema --config`), editors complete and check `flow:` too.
  if (registries.flowNames?.names.length) properties.flow!.enum = [...registries.flowNames.names].sort();
  if (providers.length) {
    properties.integration!.enum = providers.map(([slug]) => slug);
    faultProperties.provider!.enum = providers.map(([slug]) => slug);
  }
  const byProvider = providers.map(([slug, p]) => ({
    if: { properties: { provider: { const: slug } }, required: ['provider'] },
    then: { properties: endpointsOf(p.catalogue) },
  }));
  const byIntegration = providers.map(([slug, p]) => ({
    if: { properties: { integration: { const: slug } }, required: ['integration'] },
    then: {
      properties: { faults: { items: { if: { not: { required: ['provider'] } }, then: { properties: endpointsOf(p.catalogue) } } } },
    },
  }));
  if (byKind.length || byProvider.length) fault.allOf = [...byKind, ...byProvider];
  if (byIntegration.length) scenario.allOf = byIntegration;
  matrixJson(properties.matrix!, kinds.map(([name]) => name), byKind, byProvider);
  for (const [index, [, p]] of providers.entries()) {
    const ids = [...p.catalogue.map((e) => e.endpoint), ANY_ENDPOINT];
    const cell = { if: { type: 'string' }, then: { enum: ids }, else: { if: { not: { required: ['provider'] } }, then: { properties: endpointsOf(p.catalogue) } } };
    const then = byIntegration[index]!.then as { properties: Record<string, JsonSchema> };
    then.properties.matrix = { properties: { endpoints: { items: cell } } };
  }
  // A scenario that extends another inherits the required keys; else it needs them and faults or a matrix.
  scenario.if = { not: { required: ['extends'] } };
  scenario.then = { required: scenario.required, anyOf: [{ required: ['faults'] }, { required: ['matrix'] }] };
  delete scenario.required;
  expectRulesJson(properties.expect!, registries);

  properties.context = contextJson(registries.decisionTree, properties.context?.description);
  const expect = properties.expect!.properties as Record<string, JsonSchema>;
  expect.prescribed!.enum = [...registries.prescribedKinds];

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'brownout scenario file',
    description: `An outage drill: ${FILE_RULE}. Generated by harness/scenario/write-schema.ts; do not edit.`,
    definitions: { scenario },
    anyOf: [{ $ref: '#/definitions/scenario' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/scenario' } }],
  };
}
