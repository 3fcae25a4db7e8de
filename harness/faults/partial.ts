import { z } from 'zod';
import { firstDialect } from './params.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  steps: z
    .array(z.string().regex(/^[A-Z]+ \/\S*$/, 'expected an endpoint id like "POST /v3/company/{realmId}/purchase"'))
    .min(1)
    .optional()
    .describe("The mutation's steps in order, as endpoint ids (the fault's endpoint should be \"*\" or one of them); omitted: every mutation call matching the fault is the next step."),
  failAt: z.number().int().min(1).default(2).describe('The step that fails (1 = the first); the steps before it succeed and take effect.'),
  failTimes: z.number().int().min(1).optional().describe('How many calls to the failing step fail, retries included (requests); omitted: every one.'),
  failWith: z.string().min(1).default('outage').describe("The provider's dialect entry the failing step answers with (outage, validation, rate-limit, ...)."),
  status: z.number().int().min(400).max(599).optional().describe("HTTP status of the failure; default the dialect entry's own."),
});

type Params = z.infer<typeof params>;
interface StepState {
  /** Steps done so far (steps). */
  done?: number;
  /** Calls to the failing step that failed (requests). */
  failed?: number;
}

/**
 * A multi-step mutation stops half way: steps 1..k-1 succeed (their changes stay at the provider), step k
 * fails in the provider's words, so the product must show or undo a half-done change.
 * @example { endpoint: "*", kind: partial, params: { steps: [POST /v3/company/{realmId}/purchase, POST /v3/company/{realmId}/attachable], failAt: 2 } }
 */
export const partial: FaultKind<Params> = {
  name: 'partial',
  summary: 'a multi-step mutation fails at step k after the earlier steps took effect (params: steps [endpoint ids], default every mutation; failAt, default 2; failTimes, default all; failWith, default outage; status)',
  params,
  check(params, provider) {
    if (params.failAt > (params.steps?.length ?? Infinity)) return [`failAt ${params.failAt} is past the last of the ${params.steps!.length} steps; use 1..${params.steps!.length}`];
    const ids = new Set(provider.catalogue.map((e) => e.endpoint));
    const problems = (params.steps ?? []).filter((id) => !ids.has(id)).map((id) => `steps: "${id}" is not in the ${provider.name} catalogue`);
    if (!(params.failWith in provider.dialect)) problems.push(`failWith: "${params.failWith}" is not in the ${provider.name} dialect; it has: ${Object.keys(provider.dialect).sort().join(', ')}`);
    return problems;
  },
  admit({ params, state, endpoint, mutation }) {
    const s = state as StepState;
    const done = s.done ?? 0;
    const next = done + 1;
    const isStep = (k: number) => (params.steps ? params.steps[k - 1] === endpoint : mutation);
    if (next <= params.failAt - 1) {
      if (isStep(next)) s.done = next;
      return false;
    }
    // Every step before k is done: calls to step k fail (up to failTimes), the rest pass.
    if (!isStep(params.failAt)) return false;
    s.failed = (s.failed ?? 0) + 1;
    return params.failTimes === undefined || s.failed <= params.failTimes;
  },
  async apply(context) {
    const { params } = context;
    const failed = (context.state as StepState).failed ?? 0;
    const response = firstDialect(context, [params.failWith], params.status ? { status: params.status } : undefined);
    return { type: 'response', response, details: { step: params.failAt, attempt: failed } };
  },
};
