import { describe, expect, it } from 'vitest';
import { categories, type Severity } from '../guidelines/taxonomy.ts';
import { severityOf, type SeverityInput } from './severity.ts';

const prescribed = 'contextual-error-alert';
const result = (category: string, extra: Partial<SeverityInput> = {}): SeverityInput => ({
  observed: { category, kind: null },
  prescribed,
  copyFindings: [],
  engineeringFindings: [],
  ...extra,
});

// Taxonomy section 3, one row per observed category (helpful-error is covered case by case below).
const byCategory: [category: string, severity: Severity][] = [
  ['silent-retry', 'very-bad'],
  ['silent', 'very-bad'],
  ['console-only', 'very-bad'],
  ['error-but-partly-worked', 'bad'],
  ['success-but-partly-failed', 'critical'],
  ['false-success', 'critical'],
  ['stuck-loading', 'very-bad'],
  ['generic-error', 'bad'],
  ['helpful-error', 'ok'],
  ['false-empty', 'critical'],
  ['no-impact', 'ok'],
  ['third-party-app-error', 'unknown'],
  ['unclassified', 'unknown'],
];

describe('severityOf', () => {
  it('covers every category of the taxonomy', () => {
    expect(byCategory.map(([c]) => c).sort()).toEqual(categories.map((c) => c.slug).sort());
  });

  it.each(byCategory)('rates %s as %s', (category, severity) => {
    expect(severityOf(result(category))).toBe(severity);
  });

  it.each(['no-blame-third-party', 'no-blame-user', 'no-false-reconnect'])(
    'rates incorrect feedback (%s error) critical, even on a helpful error of the prescribed kind',
    (rule) => {
      const blamed = result('helpful-error', { copyFindings: [{ rule, level: 'error' }] });
      blamed.observed.kind = prescribed;
      expect(severityOf(blamed)).toBe('critical');
    },
  );

  it('rates incorrect feedback critical on a generic error too', () => {
    expect(severityOf(result('generic-error', { copyFindings: [{ rule: 'no-false-reconnect', level: 'error' }] }))).toBe('critical');
  });

  it('does not treat an incorrect-feedback warning as incorrect feedback', () => {
    expect(severityOf(result('generic-error', { copyFindings: [{ rule: 'no-blame-user', level: 'warning' }] }))).toBe('bad');
  });

  it('rates a clean helpful error of the prescribed kind good', () => {
    expect(severityOf(result('helpful-error', { observed: { category: 'helpful-error', kind: prescribed } }))).toBe('good');
  });

  it('rates a helpful error of another kind ok', () => {
    expect(severityOf(result('helpful-error', { observed: { category: 'helpful-error', kind: 'error-toast' } }))).toBe('ok');
  });

  it('rates a helpful error of the prescribed kind with a copy warning ok', () => {
    const warned = result('helpful-error', {
      observed: { category: 'helpful-error', kind: prescribed },
      copyFindings: [{ rule: 'no-exclamation', level: 'warning' }],
    });
    expect(severityOf(warned)).toBe('ok');
  });

  it('rates a helpful error of the prescribed kind with an engineering error ok', () => {
    const storm = result('helpful-error', {
      observed: { category: 'helpful-error', kind: prescribed },
      engineeringFindings: [{ rule: 'bounded-retries', level: 'error' }],
    });
    expect(severityOf(storm)).toBe('ok');
  });

  it('keeps good with only an engineering warning', () => {
    const warned = result('helpful-error', {
      observed: { category: 'helpful-error', kind: prescribed },
      engineeringFindings: [{ rule: 'retries-reads', level: 'warning' }],
    });
    expect(severityOf(warned)).toBe('good');
  });

  it('rates a helpful error ok when nothing was prescribed', () => {
    expect(severityOf(result('helpful-error', { observed: { category: 'helpful-error', kind: 'error-toast' }, prescribed: null }))).toBe('ok');
  });

  it('rates a crashed scenario unknown', () => {
    expect(severityOf(result('false-success', { error: 'page crashed' }))).toBe('unknown');
  });

  it('rates a category the taxonomy does not know unknown', () => {
    expect(severityOf(result('made-up'))).toBe('unknown');
  });
});
