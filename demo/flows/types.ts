import type { Page } from '@playwright/test';
import type { Flow } from '../../harness/flows/types.ts';
import type { FaultMatch, ScenarioContext } from '../../harness/scenario/types.ts';

/**
 * One provider endpoint a flow calls, with the decision-tree context that applies when that call fails
 * (the payee query failing and the expense POST failing reach the user in different places).
 */
export interface FlowDependency {
  provider: string;
  /** Catalogue id, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  /** Which calls of the endpoint, in a scenario fault's `match` shape (e.g. `{ query: { query: 'from Vendor' } }`). */
  match?: FaultMatch;
  context: ScenarioContext;
  /** What the call is for, in the flow. */
  purpose: string;
}

/** A demo flow: a harness `Flow` plus the context it declares per endpoint it depends on (the audit reads these). */
export interface DemoFlow extends Flow {
  dependsOn: FlowDependency[];
}

/** Clears the demo's own state (run history, cached data) so a drill starts like a fresh session. */
export async function resetDemo(page: Page, baseUrl: string): Promise<void> {
  const response = await page.request.post(new URL('/api/demo/reset', baseUrl).href);
  if (!response.ok()) throw new Error(`brownout: resetting the demo at ${baseUrl} failed with HTTP ${response.status()}; is it the brownout demo?`);
}

/**
 * A demo flow with the harness's per-call contexts derived from `dependsOn`: `callContexts` for the entries
 * narrowed by `match` (the payee vs the account query), `endpoints` (keyed `<provider> <endpoint id>`) for the
 * others, or, for an endpoint whose every entry is narrowed, the first of them (a call none matches).
 */
export function defineDemoFlow(flow: Omit<DemoFlow, 'endpoints' | 'callContexts'>): DemoFlow {
  const endpoints: Record<string, ScenarioContext> = {};
  for (const d of flow.dependsOn) if (!d.match) endpoints[`${d.provider} ${d.endpoint}`] ??= d.context;
  for (const d of flow.dependsOn) endpoints[`${d.provider} ${d.endpoint}`] ??= d.context;
  const callContexts = flow.dependsOn.filter((d) => d.match).map((d) => ({ provider: d.provider, endpoint: d.endpoint, match: d.match!, context: d.context }));
  return { ...flow, endpoints, callContexts };
}
