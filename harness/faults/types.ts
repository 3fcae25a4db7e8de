import type { z } from 'zod';
import type { EndpointDef, ProviderDefinition } from '../../mocks/types.ts';

/** What only a socket can do: `reset` (RST), `hang` (never answer), `empty` (FIN without a byte). */
export type SocketAction = 'reset' | 'hang' | 'empty';

/** Values a fault reports about what it did (sampled delay, bytes cut...), recorded in the journal. */
export type FaultDetails = Record<string, string | number | boolean>;

/**
 * What a fault did with one request:
 * - `response`: send this response (`details` go to the journal);
 * - `socket`: a socket action instead of a response;
 * - `dribble`: status and headers at once, then the body in `chunks` pieces spread over `overMs`;
 * - `truncate`: status, headers (full Content-Length) and the first `bytes` of the body, then `then`.
 */
export type FaultOutcome = (
  | { type: 'response'; response: Response }
  | { type: 'socket'; action: SocketAction }
  | { type: 'dribble'; response: Response; overMs: number; chunks: number }
  | { type: 'truncate'; response: Response; bytes: number; then: SocketAction }
) & { details?: FaultDetails };

/** What a kind that meters or counts requests itself sees before the engine decides (see `FaultKind.admit`). */
export interface AdmitContext<P> {
  params: P;
  /** Per-fault state kept by the engine between requests; fresh when faults are (re)applied. */
  state: Record<string, unknown>;
  /** The engine's clock (ms). */
  now: number;
  /** Catalogue id of the request, e.g. `POST /v3/company/{realmId}/purchase`. */
  endpoint: string;
  /** Whether the endpoint is a mutation in the provider's catalogue. */
  mutation: boolean;
}

/** Everything a fault kind needs to transform one request's response. */
export interface FaultContext<P> {
  params: P;
  /** The request (built when first read: kinds that never read it cost none). */
  request: Request;
  /** Aborted when the client goes away; reading it builds no Request (what a delay waits on). */
  signal: AbortSignal;
  /** When the request reached the mock, on `performance.now()`'s clock (ms): delays count from here. */
  arrivedAt: number;
  provider: ProviderDefinition;
  endpoint: EndpointDef;
  /** Seeded RNG of this fault (derived from the scenario seed and the fault's index), in [0, 1). */
  rng(): number;
  /** Per-fault state kept by the engine between requests (the same object `admit` saw). */
  state: Record<string, unknown>;
  /** The engine's clock (ms). */
  now(): number;
  /** The provider's own words for a failure kind (`outage`, `rate-limit`, ...), as a Response. */
  dialect(kind: string, overrides?: { status?: number; headers?: Record<string, string> }): Response;
  /** Whether the provider's dialect has an entry for this key. */
  hasDialect(kind: string): boolean;
  /** Runs the provider's normal handler (the happy path) and returns its response. */
  passThrough(): Promise<Response>;
}

/**
 * A fault kind: a name, the schema of its parameters (with their defaults), what it means for the user and the
 * judge, and one function that applies it. The judge, the runner and the tests ask the kind, never a list of names.
 */
export interface FaultKind<P = Record<string, unknown>> {
  name: string;
  /** One line for `--help`, the schema and the control page. */
  summary: string;
  params: z.ZodType<P>;
  /** Whether a retry can outlast it (an outage, a hang); the judge expects reads retried after one. */
  transient: boolean;
  /** Whether the user must act to recover (reconnect after a revoked token): saying so is then the truth. */
  userMustAct?: boolean;
  /**
   * Whether an answer under this kind is the provider's own answer, intact (late, or sent slowly): a 2xx then
   * counts as the call going through. Kinds that answer 2xx with a changed or broken body leave it unset.
   */
  answerIntact?: boolean;
  /** The provider dialect entries it answers with (`outage`, `rate-limit`, ...): every provider needs them. */
  dialectKeys: readonly string[];
  /**
   * Kinds that count or meter requests themselves (a token bucket, the steps of a mutation): whether this
   * request gets the fault. Called once per request that passed the envelope's match and `when`; default: yes.
   */
  admit?(context: AdmitContext<P>): boolean;
  /**
   * Kinds that track calls beyond their own endpoint (the earlier steps of a mutation): sees every request to
   * the fault's provider that the envelope (endpoint, `match`) does not select.
   */
  observe?(context: AdmitContext<P>): void;
  /** Problems with the params that need the provider or the fault's endpoint, as messages; default none. */
  check?(params: P, target: { provider: ProviderDefinition; endpoint: string }): string[];
  apply(context: FaultContext<P>): Promise<FaultOutcome>;
}
