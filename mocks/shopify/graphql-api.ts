import { readFileSync } from 'node:fs';
import { buildSchema, execute, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { EFFECT_HEADER } from '../kit/effect.ts';
import { rootValue } from './graphql-model.ts';
import { respond } from './respond.ts';
import { LIMITS, type ShopState } from './store.ts';
import { parseJsonData } from '../json-data.ts';

const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
const MUTATION_COST = 10;

/**
 * Shopify's published cost rules, approximately: an object costs 1, a scalar 0, a connection 2 plus its page size
 * times what each node costs; a mutation costs 10. Fragments other than inline ones are counted as 1.
 */
function selectionCost(set: SelectionSetNode | undefined, variables: Record<string, unknown>): number {
  let cost = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) cost += selectionCost(selection.selectionSet, variables);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) cost += 1;
    else if (selection.selectionSet) {
      const size = selection.arguments?.find((arg) => arg.name.value === 'first' || arg.name.value === 'last')?.value;
      const pageSize = size?.kind === Kind.INT ? Number(size.value) : size?.kind === Kind.VARIABLE ? Number(variables[size.name.value] ?? 0) : null;
      const inner = selectionCost(selection.selectionSet, variables);
      cost += pageSize === null ? 1 + inner : 2 + pageSize * Math.max(1, inner - 2);
    }
  }
  return cost;
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((op) => op.name?.value === name) : operations[0];
}

/** Restores the cost bucket (50 points/s up to 1000) and returns the points available now (points). */
function available(state: ShopState, now = Date.now()): number {
  const restored = Math.min(LIMITS.graphqlMaximum, state.graphql.available + ((now - state.graphql.at) / 1000) * LIMITS.graphqlRestorePerSecond);
  state.graphql = { available: restored, at: now };
  return restored;
}

/**
 * Answers `POST graphql.json` as Shopify does: HTTP 200 with `data` and/or `errors` plus the `cost` extension;
 * a query costing more than the bucket holds is THROTTLED (200, no data); a body that is not a query is 400.
 */
export async function answerGraphql(state: ShopState, request: Request): Promise<Response> {
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    body = parseJsonData(await request.text());
  } catch {
    return Response.json({ errors: [{ message: 'Invalid JSON in request body' }] }, { status: 400 });
  }
  if (typeof body?.query !== 'string') return Response.json({ errors: { query: 'Required parameter missing or invalid' } }, { status: 400 });
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    const { message, locations } = error as { message: string; locations?: unknown };
    return respond.json({ errors: [{ message, locations }] });
  }
  const problems = validate(schema, document);
  if (problems.length > 0) return respond.json({ errors: problems.map((p) => ({ ...p.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
  const operation = operationOf(document, typeof body.operationName === 'string' ? body.operationName : undefined);
  const mutation = operation?.operation === 'mutation';
  const requested = (mutation ? MUTATION_COST : 0) + selectionCost(operation?.selectionSet, variables);
  const left = available(state);
  if (requested > left) {
    const throttled = respond.fromDialect('rate-limit-graphql');
    const payload = await throttled.json();
    payload.extensions.cost = { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: { maximumAvailable: LIMITS.graphqlMaximum, currentlyAvailable: Math.floor(left), restoreRate: LIMITS.graphqlRestorePerSecond } };
    return respond.json(payload, { status: throttled.status, effect: 'none' });
  }
  const productsBefore = state.products.length;
  const result = await execute({ schema, document, rootValue: rootValue(state), variableValues: variables, operationName: typeof body.operationName === 'string' ? body.operationName : undefined });
  state.graphql.available -= requested;
  const cost = { requestedQueryCost: requested, actualQueryCost: requested, throttleStatus: { maximumAvailable: LIMITS.graphqlMaximum, currentlyAvailable: Math.floor(state.graphql.available), restoreRate: LIMITS.graphqlRestorePerSecond } };
  const response = respond.json({ ...result, extensions: { cost } });
  // The catalogue marks graphql.json a mutation; a query, or a mutation that only returned userErrors, changed
  // nothing: tell the runtime so the journal's tookEffect says so.
  response.headers.set(EFFECT_HEADER, mutation && state.products.length > productsBefore ? 'applied' : 'none');
  return response;
}
