/**
 * The impact report as Markdown for a pull-request comment: the headline table, then regressions and
 * improvements only, what to fix, and the full list collapsed; always under `SUMMARY_MAX_CHARS`.
 */
import { severityInfo, severityOrder } from '../guidelines/taxonomy.ts';
import { compareRuns, observedLabel, percent, pointsDelta, type ImpactComparison, type RunSide, type ScenarioPair } from './compare.ts';
import { suggestFixFor } from './fix/suggest-fix.ts';
import { markdownCode as code, markdownText } from './markdown.ts';
import { coverage, coverageSentence, type CoverageRow } from './coverage.ts';
import { trendMetrics, type TrendPoint } from './history.ts';
import { pointNames } from './html/trend.ts';
import type { LoadedRun } from './read-run.ts';
import type { ScenarioResult } from './results.ts';

/** GitHub refuses comments over 65,536 characters; this leaves room for what CI prepends. */
export const SUMMARY_MAX_CHARS = 60_000;

/** Kept for callers of the old name: text safe in a table cell (see `markdownText`). */
export const markdownCell = markdownText;

const trendMark = { improved: '✅', worse: '⚠️', same: '' } as const;

function headline(impact: ImpactComparison): string[] {
  if (impact.single) return singleHeadline(impact);
  const rows = impact.metrics.map((m) => {
    const bar = m.target === undefined ? '' : ` (bar ${percent(m.target)}${m.after >= m.target ? ', met' : ''})`;
    return `| ${markdownText(m.label)}${bar} | ${percent(m.before)} | ${percent(m.after)} | ${`${pointsDelta(m.delta)} ${trendMark[m.trend]}`.trim()} |`;
  });
  const failing = (side: RunSide) => side.verdict.fail;
  return [
    '| Metric | Before | After | Δ |',
    '|---|---:|---:|---:|',
    ...rows,
    `| Failing drills | ${failing(impact.before)} of ${impact.before.scenarioCount} | ${failing(impact.after)} of ${impact.after.scenarioCount} | |`,
    `| Severity mix | ${severityMix(impact.before)} | ${severityMix(impact.after)} | |`,
  ];
}

const severityMix = (side: Pick<RunSide, 'severity'>) =>
  severityOrder.filter((s) => side.severity[s] > 0).map((s) => `${side.severity[s]} ${severityInfo(s).label.toLowerCase()}`).join(', ') || 'none';

function singleHeadline(impact: ImpactComparison): string[] {
  const rows = impact.metrics.map((m) => {
    const bar = m.target === undefined ? '' : ` (bar ${percent(m.target)}${m.after >= m.target ? ', met' : ''})`;
    return `| ${markdownText(m.label)}${bar} | ${percent(m.after)} |`;
  });
  return ['| Metric | Value |', '|---|---:|', ...rows, `| Failing drills | ${impact.after.verdict.fail} of ${impact.after.scenarioCount} |`, `| Severity mix | ${severityMix(impact.after)} |`];
}

/** The coverage lines of the summary: counts per status, the flows not inventoried, then the TBD calls (collapsed). */
export function coverageMarkdown(runs: readonly [string, LoadedRun][]): string[] {
  return runs.flatMap(([label, run]) => {
    const rows = coverage(run);
    if (!rows.length) return [];
    const line = `**Coverage${runs.length > 1 ? ` (${markdownText(label)})` : ''}:** ${coverageSentence(rows)}.`;
    const lost = rows.filter((r) => r.status === 'not-inventoried').map((r) => `- Not inventoried: ${code(r.flow)}: ${markdownText(r.reason ?? '')}`);
    return [line, '', ...(lost.length ? [...lost, ''] : []), ...tbdDetails(rows.filter((r) => r.status === 'tbd'))];
  });
}

/** The TBD calls, collapsed (none: no lines). */
function tbdDetails(tbd: readonly CoverageRow[]): string[] {
  if (!tbd.length) return [];
  const shown = tbd.slice(0, 50).map((r) => `- ${code(`${r.provider} ${r.endpoint}`)} in ${code(r.flow)}: ${markdownText(r.reason ?? '')}`);
  const more = tbd.length > shown.length ? [`- … and ${tbd.length - shown.length} more in the HTML report`] : [];
  return [`<details><summary>${tbd.length} TBD call(s): no declared context, counted against prescribed coverage</summary>`, '', ...shown, ...more, '', '</details>', ''];
}

/** The trend as a Markdown table: one row per run, the headline metrics and the severity mix. */
export function trendMarkdown(points: readonly TrendPoint[]): string[] {
  if (!points.length) return [];
  const names = pointNames(points);
  return [
    `**Trend across ${points.length} runs**`,
    '',
    `| Run | Scenarios | ${trendMetrics.map((m) => markdownText(m.label)).join(' | ')} | Severity mix |`,
    `|---|---:|${trendMetrics.map(() => '---:').join('|')}|---|`,
    ...points.map((p, i) => `| ${markdownText(names[i]!)} | ${p.scenarios} | ${trendMetrics.map((m) => percent(p.metrics[m.id])).join(' | ')} | ${severityMix(p)} |`),
  ];
}

function outcome(r: ScenarioResult | undefined): string {
  if (!r) return '—';
  const kind = r.observed.kind ? ` (${code(r.observed.kind)})` : '';
  return `${code(r.observed.category)}${kind} **${r.verdict}** · ${severityInfo(r.severity).label}`;
}

function scenarioRow(p: ScenarioPair, single = false): string {
  const prescribed = (p.after ?? p.before)?.prescribed;
  return `| ${markdownText(p.title)}<br>${code(p.id)} | ${prescribed ? code(prescribed) : 'TBD'} |${single ? '' : ` ${outcome(p.before)} |`} ${outcome(p.after)} |`;
}

function changeLine(p: ScenarioPair): string {
  const from = p.before ? observedLabel(p.before.observed) : '';
  const to = p.after ? observedLabel(p.after.observed) : '';
  const severity = `${p.before ? severityInfo(p.before.severity).label : '?'} → ${p.after ? severityInfo(p.after.severity).label : '?'}`;
  const title = p.title === p.id ? '' : `${markdownText(p.title)} `;
  return `- ${title}(${code(p.id)}): ${markdownText(from)} → ${markdownText(to)} (${severity})`;
}

function fixLines(p: ScenarioPair): string[] {
  const fix = p.after && suggestFixFor(p.after);
  if (!fix) return [];
  return [
    `- ${code(p.id)}: prescribed ${markdownText(fix.prescribedLabel)}. Suggested message: “${markdownText(fix.message)}”`,
    ...fix.checklist.map((line) => `  - [ ] ${markdownText(line)}`),
  ];
}

/** A block of lines that may be cut: its heading, its items, and how to say what was left out. */
interface Block {
  head: string[];
  items: string[][];
  tail?: string[];
  /** Names what the cut left out, e.g. "12 more improvements". */
  more: (left: number) => string;
}

/**
 * Joins the blocks in order; once the budget runs out, a block keeps only the items that fit and says how
 * many are left and where they are (the HTML report).
 */
function fitBlocks(blocks: Block[], budget: number, pointer: string): string {
  const out: string[] = [];
  let used = 0;
  const take = (lines: string[]) => {
    out.push(...lines);
    used += lines.reduce((n, l) => n + l.length + 1, 0);
  };
  for (const block of blocks) {
    const note = (left: number) => `${block.more(left)}: ${pointer}`;
    const reserve = note(999_999).length + 2 + (block.tail ?? []).join('\n').length + 2;
    const headSize = block.head.join('\n').length + 1;
    if (used + headSize + reserve > budget) break;
    take(block.head);
    let shown = 0;
    for (const item of block.items) {
      const size = item.join('\n').length + 1;
      if (used + size + reserve > budget) break;
      take(item);
      shown += 1;
    }
    if (shown < block.items.length) take(['', note(block.items.length - shown)]);
    take(block.tail ?? []);
  }
  return out.join('\n');
}

/** Where the reader finds what the summary left out. */
export interface SummaryOptions {
  /** Link or path of the HTML report (e.g. the CI artifact's URL); default `index.html`. */
  htmlReport?: string;
  /** Lines placed after the headline (the coverage and trend tables). */
  extra?: string[];
  /** Character budget (default `SUMMARY_MAX_CHARS`). */
  maxChars?: number;
}

/**
 * Renders the PR-comment summary: headline metrics, regressions, improvements, what to fix, then every
 * scenario inside a collapsed `<details>`. Whatever the run size it stays under the budget: the later
 * parts are cut first, each cut naming how much is left out and pointing at the HTML report.
 * @example writeFileSync('summary.md', renderSummaryMarkdown(readRun(a), readRun(b)))
 */
export function renderSummaryMarkdown(before: LoadedRun, after: LoadedRun, impact?: ImpactComparison, options: SummaryOptions = {}): string {
  const c = impact ?? compareRuns(before, after);
  const of = (change: ScenarioPair['change']) => c.scenarios.filter((p) => p.change === change);
  const pointer = `see the HTML report (${markdownText(options.htmlReport ?? 'index.html')}).`;
  const budget = options.maxChars ?? SUMMARY_MAX_CHARS;
  const [regressed, improved, onlyOne] = [of('regressed'), of('improved'), [...of('added'), ...of('removed')]];
  const failing = c.scenarios.filter((p) => p.after?.verdict === 'fail');
  const runs = c.single
    ? [`## Outage drill report: ${markdownText(c.after.run.label)}`, '', `Run: ${code(c.after.run.id)} (${c.after.scenarioCount} scenarios)`]
    : [
        `## Outage drill impact: ${markdownText(c.before.run.label)} → ${markdownText(c.after.run.label)}`,
        '',
        `Before: ${code(c.before.run.id)} (${c.before.scenarioCount} scenarios) · After: ${code(c.after.run.id)} (${c.after.scenarioCount} scenarios)`,
      ];
  const sides: [string, LoadedRun][] = c.single ? [[c.after.run.label, after]] : [[c.before.run.label, before], [c.after.run.label, after]];
  const top = [
    ...runs,
    '',
    ...headline(c),
    '',
    ...coverageMarkdown(sides),
    ...(options.extra?.length ? [...options.extra, ''] : []),
    ...(c.single || regressed.length || improved.length ? [] : ['No scenario changed severity or verdict.', '']),
  ];
  const changes = (title: string, pairs: ScenarioPair[], word: string): Block => ({
    head: pairs.length ? [`### ${title} (${pairs.length})`, ''] : [],
    items: pairs.map((p) => [changeLine(p)]),
    tail: pairs.length ? [''] : [],
    more: (n) => `… and ${n} more ${word}`,
  });
  const blocks: Block[] = [
    changes('Regressions', regressed, 'regressions'),
    changes('Improvements', improved, 'improvements'),
    {
      head: failing.length ? [`<details><summary>What to fix (${failing.length} failing in ${markdownText(c.after.run.label)})</summary>`, ''] : [],
      items: failing.map(fixLines),
      tail: failing.length ? ['', '</details>', ''] : [],
      more: (n) => `… and ${n} more failing drills`,
    },
    {
      head: [
        `<details><summary>All ${c.scenarios.length} scenarios</summary>`,
        '',
        c.single ? '| Scenario | Prescribed | Outcome |' : '| Scenario | Prescribed | Before | After |',
        c.single ? '|---|---|---|' : '|---|---|---|---|',
      ],
      items: c.scenarios.map((p) => [scenarioRow(p, c.single)]),
      tail: ['', '</details>', ''],
      more: (n) => `… and ${n} more scenarios`,
    },
    {
      head: onlyOne.length ? [`### In one run only (${onlyOne.length})`, ''] : [],
      items: onlyOne.map((p) => [`- ${markdownText(p.title)} (${code(p.id)}): ${p.change === 'added' ? 'after only' : 'before only'}`]),
      tail: onlyOne.length ? [''] : [],
      more: (n) => `… and ${n} more`,
    },
  ];
  const head = top.join('\n');
  return `${head}\n${fitBlocks(blocks, budget - head.length - 1, pointer)}`;
}
