import workflow from '../workflow.json' with { type: 'json' };

/** One step of a workflow run, as the run history shows it. */
export interface RunStep {
  name: string;
  status: 'done' | 'skipped' | 'failed';
  /** QuickBooks id of what the step found or created. */
  ref?: string;
}

/** One run of the "Invoice when a deal is won" workflow. */
export interface WorkflowRun {
  id: string;
  startedAt: string;
  deal: string;
  status: 'running' | 'succeeded' | 'failed';
  steps: RunStep[];
  /** Why it failed, worded for the user (guided) or as the legacy engine logged it. */
  reason?: string;
  attempts: number;
}

/** The workflow's action settings. */
export interface WorkflowConfig {
  productName: string;
  createIfMissing: 'yes' | 'no';
  basedOnItemId: string;
}

/** The hub's own in-memory state: workflow settings and runs, and the last data read from each provider. */
export function createDemoState() {
  const fresh = () => ({
    config: { ...workflow.defaults } as WorkflowConfig,
    runs: [] as WorkflowRun[],
    nextRun: 1,
    /** Last successful read per key (ms epoch + data), what guided pages fall back to when a provider fails. */
    lastKnown: new Map<string, { at: number; data: unknown }>(),
  });
  let current = fresh();
  return {
    get config() { return current.config; },
    set config(value: WorkflowConfig) { current.config = value; },
    get runs() { return current.runs; },
    newRunId: () => `run-${current.nextRun++}`,
    remember(key: string, data: unknown) { current.lastKnown.set(key, { at: Date.now(), data }); },
    lastKnown(key: string) { return current.lastKnown.get(key); },
    /** Back to a fresh install: default settings, no runs, nothing cached. */
    reset() { current = fresh(); },
  };
}

/** The state `createDemoState` returns. */
export type DemoState = ReturnType<typeof createDemoState>;
