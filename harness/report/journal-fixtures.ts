/** Builders for tests of the reports: scenario results, journals written to temporary run folders, PNGs. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { finalizeRun, type UnfinishedScenario } from './metrics.ts';
import type { RunJournal, ScenarioResult } from './results.ts';

/**
 * A valid PNG of one solid colour (8-bit RGB, no filter).
 * @example writeFileSync('red.png', solidPng(4, 3, [255, 0, 0]))
 */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
  const line = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => line));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** A complete scenario result with plausible defaults; `overrides` replace top-level fields. */
export function scenarioResult(overrides: Partial<ScenarioResult> & { id: string }): UnfinishedScenario {
  // The runner records the provider's title and category; another integration names its own (or none, as older journals).
  const named = overrides.integration ? {} : { integrationTitle: 'QuickBooks Online', integrationCategory: 'ERP' };
  return {
    integration: 'quickbooks',
    ...named,
    flow: 'quickbooks.create-expense',
    endpoint: 'GET /v3/company/{realmId}/query',
    fault: { kind: 'outage', params: { status: 503 } },
    context: { initiatedBy: 'user-action', where: 'form' },
    prescribed: 'contextual-error-alert',
    observed: { category: 'silent', kind: null, messages: [], timeToFeedbackMs: null },
    copyFindings: [],
    engineeringFindings: [],
    requests: { total: 1, byEndpoint: { 'GET /v3/company/{realmId}/query': 1 } },
    verdict: 'fail',
    evidence: { screenshot: null },
    durationMs: 1200,
    ...overrides,
  };
}

/** A run to write: its label and scenarios, with screenshots to save beside `results.json` (file -> PNG bytes). */
export interface FixtureRun {
  label: string;
  /** ISO-8601 start of the run (default 2026-11-28 10:00 UTC). */
  startedAt?: string;
  scenarios: UnfinishedScenario[];
  screenshots?: Record<string, Buffer>;
}

/** Writes a finalized journal and its screenshots into a fresh temporary run folder; returns the folder. */
export function writeFixtureRun(fixture: FixtureRun, parent = mkdtempSync(join(tmpdir(), 'brownout-report-'))): string {
  const dir = join(parent, fixture.label);
  mkdirSync(dir, { recursive: true });
  const journal: RunJournal = finalizeRun(
    {
      id: `${(fixture.startedAt ?? '2026-11-28T10:00:00').slice(0, 19).replace(/:/g, '-')}-${fixture.label}`,
      startedAt: fixture.startedAt ?? '2026-11-28T10:00:00.000Z',
      finishedAt: '2026-11-28T10:02:00.000Z',
      label: fixture.label,
      harnessVersion: '0.1.0',
    },
    fixture.scenarios,
  );
  for (const [file, png] of Object.entries(fixture.screenshots ?? {})) writeFileSync(join(dir, file), png);
  writeFileSync(join(dir, 'results.json'), JSON.stringify(journal, null, 2));
  return dir;
}

/** Two small runs for the report tests: one scenario in both (improved), one only before, one only after. */
export function writeBeforeAfterRuns(): { before: string; after: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'brownout-impact-'));
  const shared = { id: 'quickbooks/expense-payee-outage', title: 'Create expense: payee list unavailable' };
  const before = writeFixtureRun(
    {
      label: 'legacy',
      scenarios: [
        scenarioResult({
          ...shared,
          observed: { category: 'generic-error', kind: null, messages: ['<script>alert("x")</script> An error occurred.'], timeToFeedbackMs: 412 },
          copyFindings: [{ rule: 'names-integration', level: 'error', text: 'An error occurred.' }],
          evidence: { screenshot: 'before.png' },
        }),
        scenarioResult({ id: 'shopify/card-outage', title: 'Shopify card', integration: 'shopify', integrationTitle: 'Shopify', integrationCategory: 'ECommerce', evidence: { screenshot: 'gone.png' } }),
      ],
      screenshots: { 'before.png': solidPng(8, 6, [200, 30, 30]) },
    },
    root,
  );
  const after = writeFixtureRun(
    {
      label: 'guided',
      scenarios: [
        scenarioResult({
          ...shared,
          observed: { category: 'helpful-error', kind: 'contextual-error-alert', messages: ["We're having trouble connecting to QuickBooks right now."], timeToFeedbackMs: 380 },
          verdict: 'pass',
          evidence: {
            screenshot: 'after.png',
            reason: 'an error alert above the form that names the integration, gives a next step and shows no codes',
            items: [
              { signal: 'flow: blocked by the fault', text: "the journey could not go on past: waiting for getByLabel('Payee') to be visible", t: 8294 },
              { signal: 'alert (error from role)', text: "We're having trouble connecting to QuickBooks right now.", selector: '#form-alert', t: 380 },
            ],
          },
        }),
        scenarioResult({ id: 'slack/new-drill', title: 'Slack drill', integration: 'slack', observed: { category: 'unclassified', kind: null, messages: [], timeToFeedbackMs: null }, error: 'page crashed: Target closed' }),
      ],
      screenshots: { 'after.png': solidPng(8, 6, [30, 160, 60]) },
    },
    root,
  );
  return { before, after, root };
}
