/**
 * The run journal (`results.json`) contract of `architecture.md`: one journal per run holds everything a
 * report needs. Field names are the contract; more fields may be added, never renamed.
 */
import type { Severity } from '../guidelines/taxonomy.ts';

export type { Severity } from '../guidelines/taxonomy.ts';
export { severityOf, hasIncorrectFeedback, isPrescribedResponse } from './severity.ts';
export type { SeverityInput } from './severity.ts';
export { computeMetrics, computeTallies, finalizeRun } from './metrics.ts';
export type { UnfinishedScenario } from './metrics.ts';
export { runJournalSchema } from './results-schema.ts';
export { readRun, ReportInputError } from './read-run.ts';
export type { LoadedRun } from './read-run.ts';

/** Identity and timing of one run. */
export interface RunInfo {
  id: string;
  /** ISO-8601. */
  startedAt: string;
  /** ISO-8601. */
  finishedAt: string;
  /** What was under test, e.g. the UX mode `legacy` or `guided`. */
  label: string;
  harnessVersion: string;
  /** Salvaged from a killed run's journal.jsonl: some scenarios may be missing, so it can never pass a gate. */
  partial?: boolean;
}

/** The fault a scenario applied to the endpoint. */
export interface FaultApplied {
  /** A registered fault kind, e.g. `outage`, `latency`, `rate-limit`. */
  kind: string;
  params: Record<string, unknown>;
}

/** What the UI did, as classified by the harness (taxonomy section 1, 2). */
export interface ObservedResponse {
  /** A category slug of taxonomy section 1. */
  category: string;
  /** For a helpful response: which prescribed kind (taxonomy section 2) it is; otherwise null. */
  kind: string | null;
  /** The failure/warning/success texts the user was shown, as shown (untrusted product copy). */
  messages: string[];
  /** From the failing call to the first user-visible signal (ms); null when nothing was shown. */
  timeToFeedbackMs: number | null;
}

/** Level of a finding: `error` fails the scenario, `warning` is reported and lowers the severity. */
export type FindingLevel = 'error' | 'warning';

/** A copy-rule finding on a message shown (guidelines section 2). */
export interface CopyFinding {
  /** Copy rule id, e.g. `names-integration`, `no-blame-third-party`. */
  rule: string;
  level: FindingLevel;
  /** The text that broke the rule. */
  text: string;
  /** What in the text broke it. */
  detail?: string;
}

/** An engineering-rule finding from the mock providers' request journal (guidelines section 3). */
export interface EngineeringFinding {
  /** Engineering rule id, e.g. `bounded-retries`. */
  rule: string;
  level: FindingLevel;
  /** What the journal showed. */
  detail: string;
}

/** Calls the product made to the 3rd party during the scenario. */
export interface RequestCounts {
  /** Requests. */
  total: number;
  /** Requests per catalogue endpoint id. */
  byEndpoint: Record<string, number>;
}

/** A rectangle in CSS pixels of the viewport screenshot. */
export interface EvidenceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Files kept as evidence: plain file names inside the run folder. */
export interface Evidence {
  /** Final screenshot of the viewport (PNG/JPEG); null when none could be taken. */
  screenshot: string | null;
  /** Size of the viewport the screenshot shows (CSS px). */
  viewport?: { width: number; height: number };
  /** The evidence element (the message the classification rests on) in the screenshot. */
  box?: EvidenceBox;
  /** A screenshot of the element with a margin: its file and the rectangle of the viewport it shows. */
  crop?: { file: string; clip: EvidenceBox };
  /** Playwright trace archive. */
  trace?: string;
  /** The facts behind the classification: signal, text, selector, time (ms since the user's action). */
  items?: {
    signal: string;
    text?: string;
    selector?: string;
    t?: number;
    /** Where it was on the page (CSS px from the document's top left). */
    box?: { x: number; y: number; width: number; height: number };
    /** Its ARIA role, when it has one. */
    role?: string;
  }[];
  /** The classifier's one-sentence reason, to check against the screenshot. */
  reason?: string;
}

/** The outcome of one scenario (one drill) in a run. */
export interface ScenarioResult {
  /** `<integration>/<file-stem>`, e.g. `quickbooks/expense-payee-outage`. */
  id: string;
  /** The provider's slug, e.g. `quickbooks`. */
  integration: string;
  /** The provider's title, e.g. `QuickBooks Online` (absent in journals written before it was recorded: reports show the slug). */
  integrationTitle?: string;
  /** The provider's category, e.g. `ERP` (absent in older journals: reports show `Other`). */
  integrationCategory?: string;
  /** Flow name, e.g. `quickbooks.create-expense`. */
  flow: string;
  /** The flow's title, what the user was doing, e.g. `Create a QuickBooks expense`. */
  flowTitle?: string;
  /** Catalogue endpoint id that failed, e.g. `GET /v3/company/{realmId}/query`; null for a drill without faults. */
  endpoint: string | null;
  /** The (first) fault applied; null for a drill without faults. */
  fault: FaultApplied | null;
  /** The decision-tree answers: where the user was when the call failed. */
  context: Record<string, unknown>;
  /** The prescribed kind (taxonomy section 2, or `third-party-app-error`); null when none applies. */
  prescribed: string | null;
  observed: ObservedResponse;
  copyFindings: CopyFinding[];
  engineeringFindings: EngineeringFinding[];
  requests: RequestCounts;
  severity: Severity;
  verdict: 'pass' | 'fail';
  evidence: Evidence;
  /** Wall time of the scenario (ms). */
  durationMs: number;
  /** Human title of the scenario, from its YAML. */
  title?: string;
  /** Short label for charts. */
  label?: string;
  /** Set when the scenario crashed instead of being judged: what went wrong. */
  error?: string;
}

/** Headline metrics (taxonomy section 4), fractions 0..1 over N = all scenarios of the run. */
export interface RunMetrics {
  noIndication: number;
  incorrect: number;
  unhelpful: number;
  prescribedCoverage: number;
  /** Share of scenarios whose fault was absorbed (`no-impact`): counted apart from the three problem metrics. */
  noImpact?: number;
}

/** Counts per observed category, severity and verdict. */
export interface RunTallies {
  category: Record<string, number>;
  severity: Partial<Record<Severity, number>>;
  verdict?: Partial<Record<'pass' | 'fail', number>>;
}

/** The run journal written to `reports/<run-id>/results.json`. */
export interface RunJournal {
  run: RunInfo;
  scenarios: ScenarioResult[];
  metrics: RunMetrics;
  tallies: RunTallies;
}
