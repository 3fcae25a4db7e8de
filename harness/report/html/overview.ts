/** The top of the impact report: both runs, the headline metrics and the severity chart. */
import { severities } from '../../guidelines/taxonomy.ts';
import { percent, pointsDelta, shownSides, type ImpactComparison, type MetricChange, type RunSide } from '../compare.ts';
import { html, type SafeHtml } from './markup.ts';
import { formatTime } from './vocabulary.ts';

function runCard(which: 'Before' | 'After' | 'Run', side: RunSide): SafeHtml {
  const { run } = side;
  return html`<section class="run" aria-label="${which} run">
  <div class="side">${which}</div>
  <div class="name">${run.label}</div>
  <p>Run <code>${run.id}</code> · brownout ${run.harnessVersion}</p>
  <p><time datetime="${run.startedAt}">${formatTime(run.startedAt)}</time> · ${side.scenarioCount} scenarios</p>
</section>`;
}

/** The page's title: both run labels, or the one run's. */
export const reportTitle = (impact: ImpactComparison): string =>
  impact.single ? `Outage drill report: ${impact.after.run.label}` : `Outage drill impact: ${impact.before.run.label} → ${impact.after.run.label}`;

/** The page header: title and one card per run (label, id, date, scenario count). */
export function renderHeader(impact: ImpactComparison): SafeHtml {
  if (impact.single) {
    return html`<header>
<h1>${reportTitle(impact)}</h1>
<p>How the product responds when its 3rd-party integrations fail.</p>
<div class="runs">${runCard('Run', impact.after)}</div>
</header>`;
  }
  return html`<header>
<h1>${reportTitle(impact)}</h1>
<p>How the product responds when its 3rd-party integrations fail, before and after.</p>
<div class="runs">${runCard('Before', impact.before)}${runCard('After', impact.after)}</div>
</header>`;
}

const trendWord = { improved: 'better', worse: 'worse', same: 'no change' } as const;

function metricCard(m: MetricChange, single = false): SafeHtml {
  const bar =
    m.target === undefined
      ? null
      : html`<div class="bar" aria-hidden="true">
  <div class="fill" style="width:${(m.after * 100).toFixed(1)}%"></div>
  ${single ? null : html`<div class="fill before" style="width:${(m.before * 100).toFixed(1)}%"></div>`}
  <div class="target" style="left:${(m.target * 100).toFixed(1)}%"></div>
</div>
<p class="hint">Bar: ${percent(m.target)} · ${m.after >= m.target ? 'met' : `${percent(m.target - m.after)} short`}</p>`;
  return html`<div class="metric">
<h3>${m.label}</h3>
<p class="values">${single ? null : html`<span class="from"><span class="visually-hidden">before </span>${percent(m.before)} →</span>
<span class="visually-hidden">after </span>`}${percent(m.after)}</p>
${single ? null : html`<span class="delta trend-${m.trend}">${pointsDelta(m.delta)} · ${trendWord[m.trend]}</span>`}
<p class="hint">${m.better} is better</p>
${bar}
</div>`;
}

/** The headline metrics, before -> after with the change in percentage points and the coverage bar. */
export function renderHeadline(impact: ImpactComparison): SafeHtml {
  return html`<section aria-labelledby="headline">
<h2 id="headline">Headline</h2>
<div class="metrics">${impact.metrics.map((m) => metricCard(m, impact.single))}</div>
</section>`;
}

function stack(who: string, side: RunSide): SafeHtml {
  const segments = severities
    .filter((s) => side.severity[s.slug] > 0)
    .map((s) => {
      const count = side.severity[s.slug];
      const width = ((count / Math.max(side.scenarioCount, 1)) * 100).toFixed(2);
      return html`<span class="sev-${s.slug}" style="width:${width}%" title="${s.label}: ${count}">${count}</span>`;
    });
  return html`<div class="stack-row"><span class="who">${who}</span><div class="stack">${segments}</div></div>`;
}

/** Severity of every scenario as two stacked bars (before, after) plus the same numbers as a table. */
export function renderSeverityChart(impact: ImpactComparison): SafeHtml {
  const sides = shownSides(impact);
  const rows = severities.map(
    (s) => html`<tr class="sev-${s.slug}"><th scope="row"><i class="swatch"></i>${s.label}</th>
${sides.map((side) => html`<td class="num">${impact[side].severity[s.slug]}</td>`)}</tr>`,
  );
  // The two worst severities (critical, very bad) are what the case study's before/after chart was about.
  const worst = severities.slice(0, 2);
  const worstCount = (side: RunSide) => worst.reduce((sum, s) => sum + side.severity[s.slug], 0);
  const worstWords = worst.map((s) => s.label.toLowerCase()).join(' or ').replace(/^./, (c) => c.toUpperCase());
  const note = impact.single
    ? html`<p class="chart-note">${worstWords}: <strong>${worstCount(impact.after)}</strong> of ${impact.after.scenarioCount} scenarios.</p>`
    : html`<p class="chart-note">${worstWords}:
<strong>${worstCount(impact.before)}</strong> of ${impact.before.scenarioCount} scenarios before,
<strong>${worstCount(impact.after)}</strong> of ${impact.after.scenarioCount} after.</p>`;
  return html`<section aria-labelledby="severity">
<h2 id="severity">Impact severity</h2>
<div class="severity">
<div><div aria-hidden="true">${sides.map((side) => stack(impact.single ? 'Run' : side === 'before' ? 'Before' : 'After', impact[side]))}
<div class="legend">${severities.map((s) => html`<span class="sev-${s.slug}"><i></i>${s.label}</span>`)}</div></div>
${note}</div>
<table><caption class="visually-hidden">Scenarios per severity, before and after</caption>
<thead><tr><th scope="col">Severity</th>${sides.map((side) => html`<th scope="col" class="num">${impact.single ? 'Scenarios' : side === 'before' ? 'Before' : 'After'}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table>
</div>
</section>`;
}
