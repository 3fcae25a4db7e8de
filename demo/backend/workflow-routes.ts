import { Router } from 'express';
import { z } from 'zod';
import workflow from '../workflow.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState } from './demo-state.ts';
import { sendFailure, type UxMode } from './failure.ts';
import type { QuickBooksClient } from './quickbooks-client.ts';
import { executeRun, startRun, type RunView } from './workflow-runner.ts';

/** What the workflow routes need. */
export interface WorkflowRouterOptions {
  mode: UxMode;
  client: QuickBooksClient;
  policy: CallPolicy;
  state: DemoState;
}

const configInput = z.object({
  productName: z.string().trim().min(1).max(100),
  createIfMissing: z.enum(['yes', 'no']),
  basedOnItemId: z.string().max(20).default(''),
});

/**
 * The workflow "Invoice when a deal is won": its action settings (with the QuickBooks product list for the
 * optional "based on" dropdown), running it on the test deal, the run history, and retrying a failed run.
 */
export function createWorkflowRouter(options: WorkflowRouterOptions): Router {
  const { mode, client, policy, state } = options;
  const router = Router();
  const base = `/api/workflows/${workflow.id}`;

  router.get('/api/quickbooks/items', async (_req, res) => {
    try {
      const items = await policy.run((signal) => client.listItems({ signal }));
      res.json({ items: items.map((i) => ({ id: i.Id, name: i.Name })).sort((a, b) => a.name.localeCompare(b.name)) });
    } catch (error) {
      sendFailure(res, mode, 'quickbooks', 'GET items', error);
    }
  });

  router.get(base, (_req, res) => {
    res.json({ workflow: { id: workflow.id, name: workflow.name, trigger: workflow.trigger, testDeal: workflow.testDeal }, config: state.config, runs: state.runs });
  });

  router.put(`${base}/config`, (req, res) => {
    const input = configInput.safeParse(req.body);
    if (!input.success) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
      return;
    }
    state.config = input.data;
    res.json({ config: state.config });
  });

  router.post(`${base}/runs`, async (_req, res) => {
    const run = startRun(state);
    res.status(201).json({ run: await executeRun(run, { mode, client, policy, state }) });
  });

  router.post(`${base}/runs/:id/retry`, async (req, res) => {
    const run = state.runs.find((r) => r.id === req.params.id) as RunView | undefined;
    if (!run) {
      res.status(404).json({ error: { reason: 'not-found', issues: [`no run "${req.params.id}"`] } });
      return;
    }
    if (run.status !== 'failed') {
      res.status(409).json({ error: { reason: 'not-failed', issues: [`run "${run.id}" is ${run.status}; only a failed run can be retried`] } });
      return;
    }
    res.json({ run: await executeRun(run, { mode, client, policy, state }) });
  });

  return router;
}
