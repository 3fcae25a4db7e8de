import type { Page } from '@playwright/test';

/** What a flow gets to drive the product. */
export interface FlowContext {
  page: Page;
  /** Base URL of the product under test. */
  baseUrl: string;
  /**
   * Marks the moment of the user action whose outcome is judged (time to feedback counts from here).
   * A flow that does not call it is judged from its start.
   */
  markAction(): void;
}

/** A named user journey through the product, referenced by scenarios' `flow:`. */
export interface Flow {
  /** `<integration>.<journey>`, e.g. `quickbooks.create-expense`. */
  name: string;
  integration: string;
  title: string;
  /** Drives the page up to and including the user action; the observer takes over after it returns. */
  run(context: FlowContext): Promise<void>;
}
