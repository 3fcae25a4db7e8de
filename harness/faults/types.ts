import type { z } from 'zod';
import type { EndpointDef, ProviderDefinition } from '../../mocks/types.ts';

/** What a fault did with one request: a response to send, or something only a socket can do. */
export type FaultOutcome =
  | { type: 'response'; response: Response }
  | { type: 'socket'; action: 'reset' | 'hang' | 'empty' };

/** Everything a fault kind needs to transform one request's response. */
export interface FaultContext<P> {
  params: P;
  request: Request;
  provider: ProviderDefinition;
  endpoint: EndpointDef;
  /** Seeded RNG of the scenario, in [0, 1). */
  rng(): number;
  /** The provider's own words for a failure kind (`outage`, `rate-limit`, ...), as a Response. */
  dialect(kind: string, overrides?: { status?: number; headers?: Record<string, string> }): Response;
  /** Runs the provider's normal handler (the happy path) and returns its response. */
  passThrough(): Promise<Response>;
}

/** A fault kind: a name, the schema of its parameters and one function that applies it. */
export interface FaultKind<P = Record<string, unknown>> {
  name: string;
  /** One line for `--help`, the schema and the control page. */
  summary: string;
  params: z.ZodType<P>;
  apply(context: FaultContext<P>): Promise<FaultOutcome>;
}
