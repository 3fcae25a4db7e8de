/**
 * The case study's audit views, computed from the two journals: the "current UX responses" and "future UX
 * responses" tallies, severity per integration, the API audit sheet (one row per API call) and the list of
 * responses nobody could classify.
 */
import { categories, kinds, severities, type Severity } from '../../guidelines/taxonomy.ts';
import { observedLabel, percent, shownSides, sideHeading, type ImpactComparison, type ScenarioPair } from '../compare.ts';
import { integrationCategory, integrationTitles } from '../integration-label.ts';
import { isPrescribedResponse, type ScenarioResult } from '../results.ts';
import { filterTokens } from './filter-data.ts';
import { html, inlineCards, type CardHref, type SafeHtml } from './markup.ts';
import { formatMs, severityBadge } from './vocabulary.ts';

const results = (pairs: readonly ScenarioPair[], side: 'before' | 'after') => pairs.flatMap((p) => (p[side] ? [p[side]] : []));

function tallyRows(rows: readonly { slug: string; label: string }[], count: (slug: string) => number[], totals: number[]) {
  return rows
    .map((row) => ({ row, n: count(row.slug) }))
    .filter(({ n }) => n.some((x) => x > 0))
    .map(
      ({ row, n }) => html`<tr><th scope="row">${row.label} <code>${row.slug}</code></th>
${n.map((x, i) => html`<td class="num">${x} <small>${percent(x / Math.max(totals[i]!, 1))}</small></td>`)}</tr>`,
    );
}

/** Per prescribed kind and run: drills that prescribe it, and how many got it (the run's own count, so the columns differ when the product changed). */
function prescribedRows(impact: ImpactComparison, lists: ScenarioResult[][]): SafeHtml[] {
  const rows = [...kinds, ...categories.filter((c) => c.slug === 'third-party-app-error')];
  const tbd = shownSides(impact).map((side) => impact[side].tbdCalls);
  const cell = (list: ScenarioResult[], slug: string) => {
    const wanted = list.filter((r) => r.prescribed === slug);
    const given = wanted.filter(isPrescribedResponse).length;
    return html`<td class="num">${given} of ${wanted.length} <small>given</small></td>`;
  };
  const known = rows
    .filter((row) => lists.some((list) => list.some((r) => r.prescribed === row.slug)))
    .map((row) => html`<tr><th scope="row">${row.label} <code>${row.slug}</code></th>${lists.map((list) => cell(list, row.slug))}</tr>`);
  const unsure = lists.map((list, i) => list.filter((r) => !r.prescribed).length + tbd[i]!);
  if (unsure.some((n) => n > 0)) {
    known.push(html`<tr><th scope="row">TBD - unsure of use case <code>tbd</code></th>${unsure.map((n) => html`<td class="num">${n} <small>not prescribed</small></td>`)}</tr>`);
  }
  return known;
}

/** The case study's two tables: what users were shown (per category) and what they should be shown (per prescribed kind, given or not). */
export function renderTallies(impact: ImpactComparison): SafeHtml {
  const sides = shownSides(impact);
  const lists = sides.map((side) => results(impact.scenarios, side));
  const totals = lists.map((list) => list.length);
  const by = (list: ScenarioResult[], key: (r: ScenarioResult) => string | null, slug: string) => list.filter((r) => key(r) === slug).length;
  const current = tallyRows(categories, (slug) => lists.map((list) => by(list, (r) => r.observed.category, slug)), totals);
  const future = prescribedRows(impact, lists);
  const covered = (list: ScenarioResult[]) => list.filter(isPrescribedResponse).length;
  const head = (what: string) => html`<thead><tr><th scope="col">${what}</th>${sides.map((side) => html`<th scope="col" class="num">${sideHeading(impact, side)}</th>`)}</tr></thead>`;
  return html`<section aria-labelledby="tallies">
<h2 id="tallies">UX responses</h2>
<div class="tallies">
<div class="panel"><table><caption>Current UX responses: what the user was shown</caption>${head('Observed response')}<tbody>${current}</tbody>
<tfoot><tr><th scope="row">Total</th>${totals.map((n) => html`<td class="num">${n}</td>`)}</tr></tfoot></table></div>
<div class="panel"><table><caption>Future UX responses: what the guidelines prescribe, and how often each run gave it</caption>${head('Prescribed response')}<tbody>${future}</tbody>
<tfoot><tr><th scope="row">Given as prescribed</th>${sides.map((side, i) => html`<td class="num">${covered(lists[i]!)} of ${totals[i]! + impact[side].tbdCalls}</td>`)}</tr></tfoot></table></div>
</div>
</section>`;
}

function severityCounts(list: ScenarioResult[]): Record<Severity, number> {
  const counts = Object.fromEntries(severities.map((s) => [s.slug, 0])) as Record<Severity, number>;
  for (const r of list) counts[r.severity] += 1;
  return counts;
}

function bar(who: string, list: ScenarioResult[]): SafeHtml {
  const counts = severityCounts(list);
  const segments = severities
    .filter((s) => counts[s.slug] > 0)
    .map((s) => html`<span class="sev-${s.slug}" style="width:${((counts[s.slug] / Math.max(list.length, 1)) * 100).toFixed(2)}%" title="${s.label}: ${counts[s.slug]}">${counts[s.slug]}</span>`);
  return html`<div class="stack-row"><span class="who">${who}</span><div class="stack">${segments}</div></div>`;
}

/** Severity before and after, one pair of stacked bars per integration, with the counts as text for screen readers. */
export function renderIntegrationSeverity(impact: ImpactComparison): SafeHtml {
  const titles = integrationTitles(impact.scenarios.map((p) => (p.after ?? p.before)!));
  const rows = [...titles.keys()].sort().map((slug) => {
    const pairs = impact.scenarios.filter((p) => (p.after ?? p.before)!.integration === slug);
    const sides = shownSides(impact).map((side) => ({ who: impact.single ? 'Run' : side === 'before' ? 'Before' : 'After', list: results(pairs, side) }));
    const summary = (list: ScenarioResult[]) => severities.filter((s) => severityCounts(list)[s.slug] > 0).map((s) => `${severityCounts(list)[s.slug]} ${s.label.toLowerCase()}`).join(', ') || 'none';
    return html`<div class="integration" data-integration="${slug}">
<h3>${titles.get(slug)}</h3>
<div aria-hidden="true">${sides.map((s) => bar(s.who, s.list))}</div>
<p class="visually-hidden">${sides.map((s) => `${s.who}: ${summary(s.list)}. `)}</p>
</div>`;
  });
  return html`<section aria-labelledby="per-integration">
<h2 id="per-integration">Severity per integration</h2>
<div class="integrations">${rows}</div>
</section>`;
}

function outcomeCell(r: ScenarioResult | undefined): SafeHtml {
  if (!r) return html`<span class="none">not run</span>`;
  const findings = r.copyFindings.length + r.engineeringFindings.length;
  const time = r.observed.timeToFeedbackMs === null ? 'no feedback' : formatMs(r.observed.timeToFeedbackMs);
  return html`${severityBadge(r.severity)} ${observedLabel(r.observed)}<br><small>${time}${findings ? ` · ${findings} finding${findings === 1 ? '' : 's'}` : ''}</small>`;
}

/** The API audit sheet: one row per API call (provider, category, endpoint, flows), its response per fault before and after. */
export function renderApiAudit(impact: ImpactComparison, href: CardHref = inlineCards): SafeHtml {
  const index = new Map(impact.scenarios.map((p, i) => [p, href(i, p.id)]));
  const groups = new Map<string, ScenarioPair[]>();
  for (const p of impact.scenarios) {
    const r = (p.after ?? p.before)!;
    const key = `${r.integration}\u0000${r.endpoint ?? '(no fault)'}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, pairs]) => {
      const [integration, endpoint] = key.split('\u0000') as [string, string];
      const recorded = pairs.flatMap((p) => [p.after, p.before]).filter((r) => r !== undefined);
      const title = integrationTitles(recorded).get(integration);
      const category = integrationCategory(recorded.find((r) => r.integrationCategory) ?? recorded[0]!);
      const flows = [...new Set(pairs.map((p) => (p.after ?? p.before)!.flow))].sort();
      const tokens = filterTokens(pairs);
      const faults = pairs.map((p) => {
        const r = (p.after ?? p.before)!;
        return html`<tr data-integration="${tokens.integration}" data-severity="${filterTokens([p]).severity}" data-fault="${r.fault?.kind ?? ''}">
<td><a href="${index.get(p)}">${r.fault?.kind ?? 'none'}</a><br><small>${p.title}${flows.length > 1 ? html` · <code>${r.flow}</code>` : null}</small></td>${shownSides(impact).map((side) => html`<td>${outcomeCell(p[side])}</td>`)}</tr>`;
      });
      return html`<tbody class="api-call" data-integration="${tokens.integration}" data-severity="${tokens.severity}" data-fault="${tokens.fault}">
<tr class="api-head"><th scope="rowgroup" colspan="${shownSides(impact).length + 1}"><strong>${title}</strong> <span class="category">${category}</span>
<code>${endpoint}</code><br><small>flows: ${flows.join(', ')}</small></th></tr>
${faults}</tbody>`;
    });
  return html`<section aria-labelledby="api-audit">
<h2 id="api-audit">API audit</h2>
<p>One group per API call the flows depend on; one row per fault it was drilled with.</p>
<div class="panel"><table class="api-audit">
<caption class="visually-hidden">API calls with their response to each fault, before and after</caption>
<thead><tr><th scope="col">Fault</th>${shownSides(impact).map((side) => html`<th scope="col">${sideHeading(impact, side)}</th>`)}</tr></thead>
${rows}</table></div>
</section>`;
}

/** Every response the classifier could not place, with its reason, for a person to judge. */
export function renderUnclassified(impact: ImpactComparison, href: CardHref = inlineCards): SafeHtml {
  const items = impact.scenarios.flatMap((p, i) =>
    shownSides(impact).flatMap((side) => {
      const r = p[side];
      if (!r || r.observed.category !== 'unclassified') return [];
      const why = r.error ?? r.evidence.reason ?? 'no reason recorded';
      return [html`<li><a href="${href(i, p.id)}">${p.title}</a> (${impact[side].run.label}): ${why}</li>`];
    }),
  );
  return html`<section aria-labelledby="unclassified">
<h2 id="unclassified">To judge by hand</h2>
${items.length ? html`<p>${items.length} response(s) the harness could not classify; each needs a person.</p><ul>${items}</ul>` : html`<p>None: every response was classified.</p>`}
</section>`;
}
