import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  categories,
  defaultTaxonomyPath,
  headlineMetrics,
  isCategory,
  isKind,
  kinds,
  loadTaxonomy,
  parseTaxonomy,
  severityOrder,
  TaxonomyError,
} from './taxonomy.ts';

const source = readFileSync(defaultTaxonomyPath, 'utf8');
/** The built-in taxonomy with one change applied, as YAML text. */
const edited = (change: (t: any) => void) => {
  const data = parse(source);
  change(data);
  return stringify(data);
};

describe('the built-in taxonomy', () => {
  it('lists the twelve observed categories of section 1 in the case study order, and the absorbed outcome', () => {
    expect(categories.map((c) => c.slug)).toEqual([
      'silent-retry', 'silent', 'console-only', 'error-but-partly-worked', 'success-but-partly-failed',
      'false-success', 'stuck-loading', 'generic-error', 'helpful-error', 'false-empty',
      'no-impact', 'third-party-app-error', 'unclassified',
    ]);
  });

  it('lists the eleven prescribed kinds of section 2', () => {
    expect(kinds).toHaveLength(11);
    expect(kinds.map((k) => k.slug)).toContain('contextual-error-alert');
  });

  it('orders severities worst first', () => {
    expect(severityOrder).toEqual(['critical', 'very-bad', 'bad', 'ok', 'good', 'unknown']);
  });

  it('sets the prescribed coverage bar at 75 %', () => {
    expect(headlineMetrics.find((m) => m.id === 'prescribedCoverage')?.target).toBe(0.75);
  });

  it('tells categories from kinds', () => {
    expect([isCategory('generic-error'), isKind('generic-error')]).toEqual([true, false]);
    expect([isCategory('error-toast'), isKind('error-toast')]).toEqual([false, true]);
    expect([isCategory('nope'), isKind(undefined)]).toEqual([false, false]);
  });
});

// Each defect of a taxonomy file and the line the loader reports for it.
const invalidCases: [defect: string, yaml: string, message: string][] = [
  ['unknown severity', edited((t) => (t.categories[0].severity = 'terrible')), 'categories[0].severity: Invalid option: expected one of "critical"|"very-bad"|"bad"|"ok"|"good"|"unknown", got "terrible"'],
  ['unknown metric group', edited((t) => (t.categories[1].metric = 'noisy')), 'categories[1].metric:'],
  ['duplicate category', edited((t) => t.categories.push(t.categories[0])), 'categories[13].slug: duplicate slug "silent-retry"'],
  ['missing label', edited((t) => delete t.kinds[2].label), 'kinds[2].label: missing, expected string'],
  ['severities out of order', edited((t) => t.severities.reverse()), 'severities: expected exactly critical, very-bad, bad, ok, good, unknown in this order'],
  ['bad colour', edited((t) => (t.severities[0].colour = 'red')), 'severities[0].colour: expected a colour like "#b42318", got "red"'],
  ['headline metric missing', edited((t) => t.headlineMetrics.pop()), 'headlineMetrics: expected one entry each for'],
  ['metric without group', edited((t) => delete t.headlineMetrics[0].group), 'headlineMetrics[0].group: "noIndication" needs a group'],
  ['unknown key', edited((t) => (t.colours = {})), '(root): Unrecognized key: "colours"'],
  ['not YAML', 'categories: [', 'not valid YAML'],
];

describe('parseTaxonomy', () => {
  it.each(invalidCases)('reports %s', (_defect, yaml, message) => {
    expect(() => parseTaxonomy(yaml, 'bad.yaml')).toThrow(message);
  });

  it('names the file in its error', () => {
    expect(() => parseTaxonomy('version: 2', 'bad.yaml')).toThrow(/^brownout: bad\.yaml: invalid guidelines data:/);
  });

  it('throws a TaxonomyError with one problem per line', () => {
    const error = (() => {
      try {
        parseTaxonomy(edited((t) => { t.categories[0].severity = 'x'; t.kinds[0].slug = 'Bad Slug'; }));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TaxonomyError);
    expect((error as TaxonomyError).problems).toHaveLength(2);
  });

  it('reports a missing file with its path', () => {
    expect(() => loadTaxonomy('/nonexistent/taxonomy.yaml')).toThrow('/nonexistent/taxonomy.yaml: invalid guidelines data:\n  cannot read the file');
  });
});
