/** The trend section: plain SVG line chart of the headline metrics and coverage, stacked bars of the severity mix, one point per run. */
import { severities } from '../../guidelines/taxonomy.ts';
import { percent } from '../compare.ts';
import { trendMetrics, type TrendPoint } from '../history.ts';
import { html, type SafeHtml } from './markup.ts';

const lineColours = ['#b42318', '#dc6803', '#7a5af8', '#067647'];
const [W, H] = [760, 260];
const pad = { left: 44, right: 16, top: 14, bottom: 46 };

/** What a point is called on the axis: its label, with the date when labels repeat. */
export function pointNames(points: readonly TrendPoint[]): string[] {
  const repeated = new Set(points.map((p) => p.label)).size < points.length;
  return points.map((p) => (repeated ? `${p.label} ${p.startedAt.slice(0, 10)}` : p.label));
}

const x = (i: number, n: number) => pad.left + (n <= 1 ? (W - pad.left - pad.right) / 2 : (i * (W - pad.left - pad.right)) / (n - 1));
const y = (fraction: number) => pad.top + (1 - fraction) * (H - pad.top - pad.bottom);
const num = (v: number) => v.toFixed(1);

function metricChart(points: readonly TrendPoint[], names: string[]): SafeHtml {
  const n = points.length;
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (g) => html`<line x1="${pad.left}" x2="${W - pad.right}" y1="${num(y(g))}" y2="${num(y(g))}" class="grid"/><text x="${pad.left - 6}" y="${num(y(g) + 4)}" class="tick" text-anchor="end">${percent(g)}</text>`,
  );
  const ticks = names.map((name, i) => html`<text x="${num(x(i, n))}" y="${H - pad.bottom + 16}" class="tick" text-anchor="middle">${name}</text>`);
  const lines = trendMetrics.map((m, k) => {
    const coords = points.map((p, i) => `${num(x(i, n))},${num(y(p.metrics[m.id]))}`).join(' ');
    const dots = points.map(
      (p, i) => html`<circle cx="${num(x(i, n))}" cy="${num(y(p.metrics[m.id]))}" r="4" data-metric="${m.id}" data-run="${p.runId}"><title>${m.label}, ${names[i]}: ${percent(p.metrics[m.id])}</title></circle>`,
    );
    return html`<g class="series" data-metric="${m.id}" style="--c:${lineColours[k % lineColours.length]}"><polyline points="${coords}"/>${dots}</g>`;
  });
  const legend = trendMetrics.map((m, k) => html`<span style="--c:${lineColours[k % lineColours.length]}"><i></i>${m.label} (${m.better} is better)</span>`);
  return html`<figure class="trend-chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="trend-metrics-title" data-chart="metrics">
<title id="trend-metrics-title">Headline metrics and prescribed coverage per run</title>${grid}${ticks}${lines}</svg>
<figcaption class="trend-legend">${legend}</figcaption></figure>`;
}

function severityChart(points: readonly TrendPoint[], names: string[]): SafeHtml {
  const n = points.length;
  const band = (W - pad.left - pad.right) / Math.max(n, 1);
  const width = Math.min(48, band * 0.6);
  const bars = points.map((p, i) => {
    const cx = pad.left + band * (i + 0.5);
    let top = H - pad.bottom;
    const rects = severities.filter((s) => p.severity[s.slug] > 0).map((s) => {
      const h = (p.severity[s.slug] / Math.max(p.scenarios, 1)) * (H - pad.top - pad.bottom);
      top -= h;
      return html`<rect class="sev-${s.slug}" x="${num(cx - width / 2)}" y="${num(top)}" width="${num(width)}" height="${num(h)}" data-severity="${s.slug}" data-run="${p.runId}"><title>${names[i]}: ${p.severity[s.slug]} ${s.label.toLowerCase()}</title></rect>`;
    });
    return html`<g data-run="${p.runId}">${rects}<text x="${num(cx)}" y="${H - pad.bottom + 16}" class="tick" text-anchor="middle">${names[i]}</text></g>`;
  });
  return html`<figure class="trend-chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="trend-severity-title" data-chart="severity">
<title id="trend-severity-title">Severity mix per run</title>${bars}</svg>
<figcaption class="legend">${severities.map((s) => html`<span class="sev-${s.slug}"><i></i>${s.label}</span>`)}</figcaption></figure>`;
}

/** The trend section with both charts and the numbers as a table (what a screen reader reads). */
export function renderTrend(points: readonly TrendPoint[]): SafeHtml {
  const names = pointNames(points);
  const rows = points.map(
    (p, i) => html`<tr><th scope="row">${names[i]}<br><small><code>${p.runId}</code></small></th><td class="num">${p.scenarios}</td>${trendMetrics.map((m) => html`<td class="num">${percent(p.metrics[m.id])}</td>`)}</tr>`,
  );
  return html`<section aria-labelledby="trend">
<h2 id="trend">Trend across ${points.length} runs</h2>
${metricChart(points, names)}
${severityChart(points, names)}
<div class="panel"><table><caption class="visually-hidden">Headline metrics per run</caption>
<thead><tr><th scope="col">Run</th><th scope="col" class="num">Scenarios</th>${trendMetrics.map((m) => html`<th scope="col" class="num">${m.label}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>
</section>`;
}
