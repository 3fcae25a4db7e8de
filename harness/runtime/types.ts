import type { ProviderDefinition } from '../../mocks/types.ts';
import type { FaultSpec } from '../scenario/types.ts';

/** One request a mock provider received, as the engineering checks and the report read it. */
export interface JournalEntry {
  /** Order of arrival across the whole runtime, from 1. */
  seq: number;
  /** Arrival time (ms since epoch). */
  at: number;
  provider: string;
  /** Catalogue id, e.g. `GET /v3/company/{realmId}/query`; `null` when no catalogue entry matched. */
  endpoint: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  /** sha256 (first 16 hex chars) of the raw body, for spotting repeated mutations; null without a body. */
  bodyDigest: string | null;
  /**
   * The fault applied to this request, or null when it was served as usual. `details`: what the fault drew or
   * did (e.g. `{ delayMs: 412 }` for latency, `{ then: 'reset', committedStatus: 200 }` for lost-response).
   */
  fault: { kind: string; index: number; details?: Record<string, string | number | boolean> } | null;
  /** Status sent (also when the body was then cut short), or null when no status line was sent (reset, hang, empty). */
  status: number | null;
  /** From arrival to the last byte sent or the socket closed (ms). */
  durationMs: number;
  mutation: boolean;
  /** For mutations: whether the change took effect at the 3rd party (its state changed). null for reads. */
  tookEffect: boolean | null;
  /** Set when the call went to the provider's real upstream (`providers.passthrough`) instead of its mock. */
  passedThrough?: true;
}

/** A fault as a hand-written test gives it: a FaultSpec whose `probability`, `when` and `params` may be left out. */
export type FaultInput = Omit<FaultSpec, 'probability' | 'when' | 'params'> & Partial<Pick<FaultSpec, 'probability' | 'when' | 'params'>>;

/** A FaultInput with YAML's defaults filled in: probability 1, no `when` (always), the kind's own param defaults. */
export const withFaultDefaults = (fault: FaultInput): FaultSpec => ({ ...fault, probability: fault.probability ?? 1, when: fault.when ?? {}, params: fault.params ?? {} });

/** Options for `startMockRuntime`. */
export interface MockRuntimeOptions {
  /** Provider slugs to serve; default every built-in provider. */
  providers?: string[];
  /** Interface to bind; loopback unless told otherwise. */
  host?: string;
  /** Providers (slugs, or true for all) that keep their realistic 401/403 for a wrong token or account id. */
  strictAuth?: boolean | readonly string[];
  /** Fixed port per provider slug (a staging product's env stays valid across restarts); others get a free one. */
  ports?: Record<string, number>;
  /** Providers to choose from by slug; default `builtinProviders` (tests and plugins pass their own). */
  definitions?: Record<string, ProviderDefinition>;
}

/** A running set of mock providers, one loopback port each, with faults and a journal. */
export interface MockRuntime {
  /** Base URL per provider slug, e.g. `{ quickbooks: 'http://127.0.0.1:40123' }`. */
  baseUrls: Record<string, string>;
  /**
   * Replace the active faults; `seed` makes probability draws reproducible. As in YAML, `probability` defaults
   * to 1, `when` to always and `params` to the kind's defaults.
   */
  applyFaults(faults: FaultInput[], options?: { seed?: number }): void;
  /** The flow under test reached its action (its `markAction()`): faults with `when.fromAction` start now. */
  markAction(): void | Promise<void>;
  /** Remove every fault (the journal is kept). */
  resetFaults(): void;
  /** Requests received so far, oldest first. */
  journal(): JournalEntry[];
  clearJournal(): void;
  /** Back to a fresh start: no faults, an empty journal, no call held open (its connection is ended), and every provider's state back to its seed. */
  reset(): void;
  /** Requests currently being handled (for the observer's "no request in flight"). */
  inFlight(): number;
  close(): Promise<void>;
}
