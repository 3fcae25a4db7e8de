import { describe, expect, it } from 'vitest';
import { builtinProviders } from '../../../mocks/index.ts';
import { lintCopy } from '../../guidelines/lint-copy.ts';
import { kinds } from '../../guidelines/taxonomy.ts';
import { integrationNames } from '../../playwright/integration-names.ts';
import { scenarioResult } from '../journal-fixtures.ts';
import { finalizeRun } from '../metrics.ts';
import { fixAdvice } from './fix-advice.ts';
import { suggestFix, suggestFixFor } from './suggest-fix.ts';

const prescribed = [...kinds.map((k) => k.slug), 'third-party-app-error', null];
const faults = ['outage', 'rate-limit', 'hang', 'auth-revoked'];
const flowTitles = ['Create a QuickBooks expense', 'Open the Zoom settings page', null];

describe('suggested messages', () => {
  const cases = Object.entries(builtinProviders).flatMap(([slug, provider]) =>
    prescribed.flatMap((kind) => faults.flatMap((fault) => flowTitles.map((flowTitle) => ({ slug, provider, kind, fault, flowTitle })))),
  );

  it(`pass every copy rule, errors and warnings (${cases.length} suggestions: every kind x fault x built-in integration)`, () => {
    const failing = cases.flatMap(({ provider, kind, fault, flowTitle }) => {
      const { message } = suggestFix({ prescribed: kind, app: provider.title, flowTitle, fault, engineeringRules: [] });
      const findings = lintCopy(message, { names: integrationNames(provider), temporary: fault !== 'auth-revoked' });
      return findings.map((f) => `${f.rule}: ${f.detail} in "${message}"`);
    });
    expect(failing).toEqual([]);
  });

  it("fills in the integration's name, the impact and the next step", () => {
    const s = suggestFix({ prescribed: 'contextual-error-alert', app: 'QuickBooks Online', flowTitle: 'Create a QuickBooks expense', fault: 'outage', engineeringRules: [] });
    expect(s.message).toBe(
      "We're having trouble connecting to QuickBooks Online right now. Until a connection is reestablished, we won't be able to create a QuickBooks expense. This is due to a temporary issue with our connection, and it will most likely need no action on your part to resolve. Please try again in a few minutes.",
    );
    expect(s.prescribedLabel).toBe('Contextual error alert + messaging');
  });

  it('asks to reconnect only when the connection really ended', () => {
    const revoked = suggestFix({ prescribed: 'connection-status', app: 'Shopify', flowTitle: null, fault: 'auth-revoked', engineeringRules: [] });
    expect(revoked.message).toMatch(/connect Shopify again/);
    const outage = suggestFix({ prescribed: 'connection-status', app: 'Shopify', flowTitle: null, fault: 'outage', engineeringRules: [] });
    expect(outage.message).not.toMatch(/connect .* again/);
  });
});

describe('the engineering checklist', () => {
  it('has a line for every engineering rule the judge checks', () => {
    const rules = ['retries-reads', 'growing-backoff', 'bounded-retries', 'honours-retry-after', 'no-duplicate-mutations', 'consistent-multi-step', 'times-out', 'serves-stale-with-warning', 'recovers'];
    expect(Object.keys(fixAdvice.engineering).sort()).toEqual(rules.sort());
  });

  it("lists each broken rule of a failing drill once, and nothing for a passing drill", () => {
    const [failing, passing] = finalizeRun({ id: 'r', startedAt: '', finishedAt: '', label: 'l', harnessVersion: '0' }, [
      scenarioResult({
        id: 'a/fail',
        engineeringFindings: [
          { rule: 'honours-retry-after', level: 'error', detail: 'called after 200 ms' },
          { rule: 'honours-retry-after', level: 'error', detail: 'called again' },
          { rule: 'bounded-retries', level: 'warning', detail: '6 calls' },
        ],
      }),
      scenarioResult({ id: 'a/pass', verdict: 'pass' }),
    ]).scenarios;
    expect(suggestFixFor(failing!)!.checklist).toEqual([fixAdvice.engineering['honours-retry-after'], fixAdvice.engineering['bounded-retries']]);
    expect(suggestFixFor(passing!)).toBeNull();
  });
});
