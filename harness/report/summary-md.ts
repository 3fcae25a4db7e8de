/** The impact report as Markdown for a pull-request comment. */
import { severityInfo } from '../guidelines/taxonomy.ts';
import { compareRuns, observedLabel, percent, pointsDelta, type ImpactComparison, type ScenarioPair } from './compare.ts';
import type { LoadedRun } from './read-run.ts';
import type { ScenarioResult } from './results.ts';

/**
 * Makes journal text safe in a Markdown table cell: no line breaks or pipes, no raw HTML, no emphasis or
 * link syntax taking effect (the text is product copy, untrusted).
 */
export const markdownCell = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|<>#!~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .trim();

const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
const trendMark = { improved: '✅', worse: '⚠️', same: '' } as const;

function headline(impact: ImpactComparison): string[] {
  const rows = impact.metrics.map((m) => {
    const bar = m.target === undefined ? '' : ` (bar ${percent(m.target)}${m.after >= m.target ? ', met' : ''})`;
    return `| ${markdownCell(m.label)}${bar} | ${percent(m.before)} | ${percent(m.after)} | ${`${pointsDelta(m.delta)} ${trendMark[m.trend]}`.trim()} |`;
  });
  return ['| Metric | Before | After | Δ |', '|---|---:|---:|---:|', ...rows];
}

function outcome(r: ScenarioResult | undefined): string {
  if (!r) return '—';
  const kind = r.observed.kind ? ` (${code(r.observed.kind)})` : '';
  return `${code(r.observed.category)}${kind} **${r.verdict}** · ${severityInfo(r.severity).label}`;
}

function scenarioRow(p: ScenarioPair): string {
  const prescribed = (p.after ?? p.before)?.prescribed;
  return `| ${markdownCell(p.title)}<br>${code(p.id)} | ${prescribed ? code(prescribed) : '—'} | ${outcome(p.before)} | ${outcome(p.after)} |`;
}

function changeLine(p: ScenarioPair): string {
  const from = p.before ? observedLabel(p.before.observed) : '';
  const to = p.after ? observedLabel(p.after.observed) : '';
  const severity = `${p.before ? severityInfo(p.before.severity).label : '?'} → ${p.after ? severityInfo(p.after.severity).label : '?'}`;
  return `- ${markdownCell(p.title)} (${code(p.id)}): ${markdownCell(from)} → ${markdownCell(to)} (${severity})`;
}

/**
 * Renders a PR-comment summary: headline metrics before/after/delta, one row per scenario (prescribed,
 * observed + verdict before and after), then the improvements and regressions.
 * @example writeFileSync('summary.md', renderSummaryMarkdown(readRun(a), readRun(b)))
 */
export function renderSummaryMarkdown(before: LoadedRun, after: LoadedRun, impact?: ImpactComparison): string {
  const c = impact ?? compareRuns(before, after);
  const of = (change: ScenarioPair['change']) => c.scenarios.filter((p) => p.change === change);
  const section = (title: string, pairs: ScenarioPair[]) =>
    pairs.length ? [`### ${title} (${pairs.length})`, '', ...pairs.map(changeLine), ''] : [];
  const onlyOne = [...of('added'), ...of('removed')];
  const lines = [
    `## Outage drill impact: ${markdownCell(c.before.run.label)} → ${markdownCell(c.after.run.label)}`,
    '',
    `Before: ${code(c.before.run.id)} (${c.before.scenarioCount} scenarios) · After: ${code(c.after.run.id)} (${c.after.scenarioCount} scenarios)`,
    '',
    ...headline(c),
    '',
    '| Scenario | Prescribed | Before | After |',
    '|---|---|---|---|',
    ...c.scenarios.map(scenarioRow),
    '',
    ...section('Regressions', of('regressed')),
    ...section('Improvements', of('improved')),
    ...(onlyOne.length
      ? [`### In one run only (${onlyOne.length})`, '', ...onlyOne.map((p) => `- ${markdownCell(p.title)} (${code(p.id)}): ${p.change === 'added' ? 'after only' : 'before only'}`), '']
      : []),
  ];
  if (!of('regressed').length && !of('improved').length) lines.push('No scenario changed severity or verdict.', '');
  return lines.join('\n');
}
