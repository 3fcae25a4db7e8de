import type { ProviderDefinition } from '../../mocks/types.ts';
import type { Scenario } from '../scenario/types.ts';

/** Annotation type that marks a Playwright test as a brownout scenario; its description is a `ScenarioStub`. */
export const SCENARIO_ANNOTATION = 'brownout-scenario';
/** Name of the attachment holding the scenario's `results.json` entry. */
export const RESULT_ATTACHMENT = 'brownout-result';

/** What the reporter knows of a scenario before it runs (enough to record a crash). */
export interface ScenarioStub {
  id: string;
  title: string;
  integration: string;
  /** The provider's title and category, so reports name it without knowing the providers. */
  integrationTitle?: string;
  integrationCategory?: string;
  flow: string;
  endpoint: string | null;
  fault: { kind: string; params: Record<string, unknown> } | null;
  context: Record<string, unknown>;
  prescribed: string | null;
}

/** File name for a scenario's evidence: `quickbooks/expense-payee-outage` -> `quickbooks__expense-payee-outage`. */
export const evidenceName = (id: string) => id.replace(/[^\w.-]+/g, '__');

/** The stub of a scenario: its identity, its provider's title and category, the (first) fault and the prescribed kind. */
export function scenarioStub(scenario: Scenario, provider: Pick<ProviderDefinition, 'title' | 'category'> | undefined): ScenarioStub {
  const first = scenario.faults[0];
  return {
    id: scenario.id,
    title: scenario.title,
    integration: scenario.integration,
    ...(provider ? { integrationTitle: provider.title, integrationCategory: provider.category } : {}),
    flow: scenario.flow,
    endpoint: first?.endpoint ?? null,
    fault: first ? { kind: first.kind, params: first.params } : null,
    context: scenario.context,
    prescribed: scenario.prescribed,
  };
}
