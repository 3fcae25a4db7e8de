import type { Page } from '@playwright/test';
import type { Flow } from '../../harness/flows/types.ts';
import type { ScenarioContext } from '../../harness/scenario/types.ts';

/**
 * One provider endpoint a flow calls, with the decision-tree context that applies when that call fails
 * (the payee query failing and the expense POST failing reach the user in different places).
 */
export interface FlowDependency {
  provider: string;
  /** Catalogue id, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  /** Which calls of the endpoint, in a scenario fault's `match` shape (e.g. `{ query: { query: 'from Vendor' } }`). */
  match?: { query?: Record<string, string>; body?: Record<string, string> };
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
 * A demo flow with `endpoints` (the harness's per-call contexts, keyed `<provider> <endpoint id>`) derived from
 * `dependsOn`; where one endpoint serves several purposes (QuickBooks' query), the first declared context is the
 * one the audit uses.
 */
export function defineDemoFlow(flow: Omit<DemoFlow, 'endpoints'>): DemoFlow {
  const endpoints: Record<string, ScenarioContext> = {};
  for (const d of flow.dependsOn) endpoints[`${d.provider} ${d.endpoint}`] ??= d.context;
  return { ...flow, endpoints };
}
