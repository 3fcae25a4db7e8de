import type { Page } from '@playwright/test';
import type { FaultMatch, ScenarioContext } from '../scenario/types.ts';

/** What a flow gets to drive the product. */
export interface FlowContext {
  page: Page;
  /** Base URL of the product under test. */
  baseUrl: string;
  /**
   * Marks the moment of the user action whose outcome is judged (time to feedback counts from here), and starts
   * the faults that wait for it (`when: { fromAction: true }`, what `brownout audit` gives stale-data drills).
   * A flow that does not call it is judged from its start. With mocks running remotely (`brownout mocks`, attach),
   * await it: the control API must hear of the action before the product's next request reaches the mocks.
   */
  markAction(): Promise<void>;
}

/** A named user journey through the product, referenced by scenarios' `flow:`. */
export interface Flow {
  /** `<integration>.<journey>`, e.g. `quickbooks.create-expense`. */
  name: string;
  integration: string;
  title: string;
  /**
   * Where the user is in this journey, as decision-tree answers (e.g. `{ initiatedBy: 'user-action', where:
   * 'form-submit' }`). A scenario on this flow that answers one of these keys differently is refused.
   */
  context?: ScenarioContext;
  /**
   * The decision-tree answers per provider call this journey depends on, keyed `<provider> <endpoint id>`
   * (e.g. `quickbooks GET /v3/company/{realmId}/query`): the payee query failing and the expense POST failing
   * reach the user in different places. `brownout audit` lists a call found here without answers as TBD.
   */
  endpoints?: Record<string, ScenarioContext>;
  /**
   * Contexts of one endpoint's calls told apart by their fields, in a scenario fault's `match` shape: QuickBooks'
   * query endpoint serves the payee list and the account list, a GraphQL endpoint every operation, and each
   * reaches the user in its own place. `brownout audit` drills each declared call on its own (its fault carries
   * the `match`) with its context; calls no entry matches fall back to `endpoints`.
   * @example [{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', match: { query: { query: 'from Vendor' } }, context: { ... } }]
   */
  callContexts?: { provider: string; endpoint: string; match: FaultMatch; context: ScenarioContext }[];
  /**
   * The longest the product lets the user wait on this journey's provider calls, all of them, before it answers
   * (ms; a page that asks two lists one after the other, each with a 4.5 s timeout, promises 9 s). `brownout
   * audit` holds the journey's drills to that promise: their stuck threshold becomes this plus
   * PRODUCT_TIMEOUT_MARGIN_MS (flows/product-timeout.ts), instead of the matrix's (12 s for a hang).
   */
  productTimeoutMs?: number;
  /** Drives the page up to and including the user action; the observer takes over after it returns. */
  run(context: FlowContext): Promise<void>;
}
