import { z } from 'zod';
import { firstDialect } from './params.ts';
import type { AdmitContext, FaultKind } from './types.ts';

const ENDPOINT_ID = /^[A-Z]+ \/\S*$/;

const params = z.strictObject({
  steps: z
    .array(z.string().regex(ENDPOINT_ID, 'expected an endpoint id like "POST /v3/company/{realmId}/purchase"'))
    .min(2)
    .optional()
    .describe("The mutation's steps in order, as endpoint ids; the fault's own endpoint is step failAt. Omitted: the steps are calls to the fault's endpoint (e.g. rows appended one by one)."),
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

/** Follows one call through the steps; true when it is a call to the failing step that must fail. */
function track({ params, state, endpoint }: AdmitContext<Params>, selected: boolean): boolean {
  const s = state as StepState;
  // Without a list every step is a call to the fault's own endpoint, i.e. a call the envelope selected.
  const isStep = (k: number) => (params.steps ? params.steps[k - 1] === endpoint : selected);
  const next = (s.done ?? 0) + 1;
  if (next < params.failAt) {
    if (isStep(next)) s.done = next;
    return false;
  }
  if (!selected || !isStep(params.failAt)) return false;
  s.failed = (s.failed ?? 0) + 1;
  return params.failTimes === undefined || s.failed <= params.failTimes;
}

/**
 * A multi-step mutation stops half way: steps 1..k-1 succeed (their changes stay at the provider), step k
 * fails in the provider's words, so the product must show or undo a half-done change. The fault sits on the
 * failing step's endpoint and watches the provider's other calls for the earlier steps.
 * @example
 * - endpoint: POST /v3/company/{realmId}/invoice
 *   kind: partial
 *   params: { steps: ["POST /v3/company/{realmId}/item", "POST /v3/company/{realmId}/invoice"], failAt: 2 }
 */
export const partial: FaultKind<Params> = {
  name: 'partial',
  transient: true,
  dialectKeys: ['outage'],
  summary: "a multi-step mutation fails at step k after the earlier steps took effect (params: steps [endpoint ids], default calls to the fault's endpoint; failAt, default 2; failTimes, default all; failWith, default outage; status)",
  params,
  check(params, { provider, endpoint }) {
    const problems: string[] = [];
    const ids = new Set(provider.catalogue.map((e) => e.endpoint));
    for (const id of params.steps ?? []) if (!ids.has(id)) problems.push(`steps: "${id}" is not in the ${provider.name} catalogue`);
    if (params.steps && params.failAt > params.steps.length) problems.push(`failAt ${params.failAt} is past the last of the ${params.steps.length} steps; use 1..${params.steps.length}`);
    else if (params.steps && params.steps[params.failAt - 1] !== endpoint) {
      problems.push(`step ${params.failAt} is "${params.steps[params.failAt - 1]}" but the fault's endpoint is "${endpoint}"; put the fault on the step that fails`);
    }
    if (!Object.hasOwn(provider.dialect, params.failWith)) problems.push(`failWith: "${params.failWith}" is not in the ${provider.name} dialect; it has: ${Object.keys(provider.dialect).sort().join(', ')}`);
    return problems;
  },
  observe(context) {
    track(context, false);
  },
  admit(context) {
    return track(context, true);
  },
  async apply(context) {
    const { params } = context;
    const response = firstDialect(context, [params.failWith], params.status ? { status: params.status } : undefined);
    return { type: 'response', response, details: { step: params.failAt, attempt: (context.state as StepState).failed ?? 0 } };
  },
};
