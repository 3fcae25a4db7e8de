/**
 * brownout's public entry for a product's own drills: `import { defineConfig, defineFlow } from 'brownout'`.
 * Types for custom providers (a folder of MSW handlers + a dialect, like mocks/quickbooks) come from here too.
 */
import type { BrownoutConfigInput } from './config/schema.ts';

/**
 * Declares a `brownout.config.ts` with its types checked; the same keys work in brownout.config.yaml/.json.
 * @example
 * export default defineConfig({
 *   product: { start: { command: 'node server.js', env: { PORT: '{{port}}', QBO_BASE_URL: '{{mocks.quickbooks}}' } } },
 *   flows: ['./flows/create-expense.ts'],
 *   providers: { use: ['quickbooks'] },
 * });
 */
export function defineConfig(config: BrownoutConfigInput): BrownoutConfigInput {
  return config;
}

export type { BrownoutConfig, BrownoutConfigInput } from './config/schema.ts';
export { defineFlow } from './flows/define-flow.ts';
export type { Flow, FlowContext } from './flows/types.ts';
export type { RoutableProvider as ProviderDefinition } from './config/providers.ts';
export type { Dialect, DialectResponse, EndpointDef } from '../mocks/types.ts';
export { parseCatalogue, parseDialect } from '../mocks/schema.ts';
export { renderDialect } from '../mocks/kit/dialect.ts';
export { EFFECT_HEADER } from '../mocks/kit/effect.ts';
export { createResponder } from '../mocks/kit/responder.ts';
export type { JsonOptions, Responder, ResponderSpec } from '../mocks/kit/responder.ts';
export type { SignalSelectors } from './judge/dom-snapshot.ts';
export { generatedProvider } from './providers/load-generated.ts';
export { loadScenario } from './config/load-scenario.ts';
export type { FaultInput, MockRuntime } from './runtime/types.ts';
export type { Scenario } from './scenario/types.ts';
