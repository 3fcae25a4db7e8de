/** The coverage section: every API call the flows depend on, with its status in each run, TBD calls with the reason. */
import { coverage, coverageSentence, type CoverageRow, type CoverageStatus } from '../coverage.ts';
import type { LoadedRun } from '../read-run.ts';
import { html, type SafeHtml } from './markup.ts';

const statusLabels: Record<CoverageStatus, string> = {
  passing: 'Drilled, passing',
  failing: 'Drilled, failing',
  tbd: 'TBD',
  skipped: 'Skipped',
  'not-inventoried': 'Not inventoried',
};

function statusCell(row: CoverageRow | undefined): SafeHtml {
  if (!row) return html`<td><span class="none">not in this run</span></td>`;
  const drills = row.drills ? html`<br><small>${row.failing ? `${row.failing} of ` : ''}${row.drills} drill${row.drills === 1 ? '' : 's'}${row.failing ? ' failing' : ''}</small>` : null;
  const reason = row.reason ? html`<br><small>${row.reason}</small>` : null;
  return html`<td class="cov-${row.status}"><span class="badge cov">${statusLabels[row.status]}</span>${drills}${reason}</td>`;
}

/**
 * One row per API call of either run (flow, provider, endpoint), its status per run.
 * @param runs the runs as columns, e.g. `[['Before · legacy', before], ['After · guided', after]]`
 */
export function renderCoverage(runs: readonly [string, LoadedRun][]): SafeHtml {
  const perRun = runs.map(([, run]) => coverage(run));
  const byKey = perRun.map((rows) => new Map(rows.map((r) => [`${r.flow}\u0000${r.provider}\u0000${r.endpoint}`, r])));
  const keys = [...new Set(perRun.flat().map((r) => `${r.flow}\u0000${r.provider}\u0000${r.endpoint}`))];
  const rows = keys.map((k) => {
    const [flow, provider, endpoint] = k.split('\u0000') as [string, string, string];
    const title = byKey.map((m) => m.get(k)).find((r) => r && r.providerTitle !== provider)?.providerTitle ?? provider;
    const call = endpoint ? html`${title} <code>${endpoint}</code>` : html`${title}`;
    return html`<tr data-integration="${provider}"><th scope="row">${call}<br><small>flow <code>${flow}</code></small></th>${byKey.map((m) => statusCell(m.get(k)))}</tr>`;
  });
  const lost = perRun.flat().some((r) => r.status === 'not-inventoried');
  const notes = runs.map(([label], i) => html`<li>${label}: ${coverageSentence(perRun[i]!)}.</li>`);
  return html`<section aria-labelledby="coverage">
<h2 id="coverage">Coverage</h2>
<p>Every API call the flows depend on. A TBD call has no declared context, so no prescribed response: it counts against prescribed coverage.${lost ? ' A flow not inventoried failed with healthy mocks: its calls are unknown and none was drilled.' : ''}</p>
<ul>${notes}</ul>
<div class="panel"><table class="coverage">
<caption class="visually-hidden">API calls and how each run drilled them</caption>
<thead><tr><th scope="col">API call</th>${runs.map(([label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>
</section>`;
}
