/** The per-scenario part of the impact report: an index table and one card per scenario. */
import { observedLabel, type ScenarioPair, type Side } from '../compare.ts';
import type { LoadedRun } from '../read-run.ts';
import type { ScenarioResult } from '../results.ts';
import type { EvidenceFiles } from './evidence.ts';
import { filterTokens } from './filter-data.ts';
import { anchorId, html, inlineCards, type CardHref, type SafeHtml } from './markup.ts';
import { renderShots } from './shots.ts';
import { categoryText, changeBadge, formatMs, kindText, severityBadge, verdictBadge } from './vocabulary.ts';

/** Both runs' folders and labels, for evidence and captions. */
export interface Sides {
  before: LoadedRun;
  after: LoadedRun;
  /** Collects the screenshots to copy beside the page. */
  files: EvidenceFiles;
  /** The sides shown: both, or `after` alone for a single-run report. */
  shown: readonly Side[];
}

const heading = (sides: Sides, side: Side) =>
  sides.shown.length === 1 ? sides[side].journal.run.label : `${side === 'before' ? 'Before' : 'After'} · ${sides[side].journal.run.label}`;

const absent = html`<span class="none">not in this run</span>`;
const nothing = html`<span class="none">none</span>`;

function outcome(result: ScenarioResult | undefined): SafeHtml {
  if (!result) return absent;
  return html`${verdictBadge(result.verdict)} ${severityBadge(result.severity)}<br><small>${observedLabel(result.observed)}</small>`;
}

/** The at-a-glance table: one row per scenario linking to its card. */
export function renderScenarioIndex(pairs: readonly ScenarioPair[], shown: readonly Side[] = ['before', 'after'], href: CardHref = inlineCards): SafeHtml {
  const both = shown.length > 1;
  const rows = pairs.map((p, i) => {
    const any = (p.after ?? p.before)!;
    const tokens = filterTokens([p]);
    return html`<tr class="scenario-row" data-integration="${tokens.integration}" data-severity="${tokens.severity}" data-fault="${tokens.fault}"><th scope="row"><a href="${href(i, p.id)}">${p.title}</a><br><code>${p.id}</code></th>
<td>${kindText(any.prescribed)}</td>${shown.map((side) => html`<td>${outcome(p[side])}</td>`)}${both ? html`<td>${changeBadge(p.change)}</td>` : null}</tr>`;
  });
  return html`<div class="panel"><table>
<caption class="visually-hidden">Scenarios: prescribed response and outcome${both ? ' before and after' : ''}</caption>
<thead><tr><th scope="col">Scenario</th><th scope="col">Prescribed</th>${both ? html`<th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th>` : html`<th scope="col">Outcome</th>`}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

const list = <T>(items: readonly T[], item: (x: T) => SafeHtml) =>
  items.length ? html`<ul>${items.map((x) => html`<li>${item(x)}</li>`)}</ul>` : nothing;

/** One aspect compared: its label, how to show it for one run, and whether to drop it when both sides are empty. */
interface Aspect {
  label: string;
  cell: (r: ScenarioResult) => unknown;
  empty?: (r: ScenarioResult) => boolean;
}

/** The before/after table body; a side missing from its run gets one cell spanning every row. */
function aspectRows(pair: ScenarioPair, aspects: Aspect[], sides: Sides): SafeHtml {
  const shown = aspects.filter((a) => !a.empty || !sides.shown.map((side) => pair[side]).every((r) => !r || a.empty!(r)));
  const cell = (which: Side, i: number) => {
    const r = pair[which];
    if (r) return html`<td>${shown[i]!.cell(r)}</td>`;
    const label = sides[which].journal.run.label;
    return i === 0 ? html`<td rowspan="${shown.length}" class="none">Not in the ${label} run.</td>` : null;
  };
  return html`${shown.map((a, i) => html`<tr><th scope="row">${a.label}</th>${sides.shown.map((side) => cell(side, i))}</tr>`)}`;
}

function observed(r: ScenarioResult): SafeHtml {
  if (!r.observed.kind) return categoryText(r.observed.category);
  const match = r.observed.kind === r.prescribed ? html` <span class="badge match">prescribed</span>` : null;
  return html`${categoryText(r.observed.category)}<br>as ${kindText(r.observed.kind)}${match}`;
}

function requests(r: ScenarioResult): SafeHtml {
  const parts = Object.entries(r.requests.byEndpoint).map(([endpoint, n]) => html`<li><code>${endpoint}</code>: ${n}</li>`);
  return html`${r.requests.total} ${r.requests.total === 1 ? 'call' : 'calls'}${parts.length ? html`<ul>${parts}</ul>` : null}`;
}

function shot(pair: ScenarioPair, which: Side, sides: Sides): SafeHtml {
  const result = pair[which];
  const run = sides[which];
  const caption = html`<figcaption>${heading(sides, which)}</figcaption>`;
  if (!result) return html`<figure>${caption}<div class="shot missing">Not in this run.</div></figure>`;
  const alt = `Screenshot of "${pair.title}" ${which} (${run.journal.run.label}); observed: ${observedLabel(result.observed)}`;
  return html`<figure>${caption}${renderShots(result, run.dir, which, alt, sides.files)}</figure>`;
}

/** The facts the judgement used (signal, words, element, time since the action), folded: a drill has many. */
function evidenceItems(r: ScenarioResult): SafeHtml {
  const items = r.evidence.items ?? [];
  if (items.length === 0) return nothing;
  const item = (e: (typeof items)[number]) =>
    html`<strong>${e.signal}</strong>${e.text ? html`: ${e.text}` : null}${e.selector ? html` <code>${e.selector}</code>` : null}${typeof e.t === 'number' ? html` <small>at ${formatMs(e.t)}</small>` : null}`;
  return html`<details><summary>${items.length} fact(s)</summary>${list(items, item)}</details>`;
}

const findings = <T extends { rule: string; level: string }>(items: readonly T[], detail: (f: T) => string) =>
  list(items, (f) => html`<span class="level level-${f.level}">${f.level}</span><code>${f.rule}</code> ${detail(f)}`);

// The rows of every card, in reading order.
const aspects: Aspect[] = [
  { label: 'Verdict', cell: (r) => verdictBadge(r.verdict) },
  { label: 'Severity', cell: (r) => severityBadge(r.severity) },
  { label: 'Observed', cell: observed },
  { label: 'Why', cell: (r) => r.evidence.reason ?? nothing, empty: (r) => !r.evidence.reason },
  { label: 'Messages shown', cell: (r) => list(r.observed.messages, (m) => html`<q>${m}</q>`) },
  { label: 'Copy findings', cell: (r) => findings(r.copyFindings, (f) => f.text), empty: (r) => !r.copyFindings.length },
  { label: 'Engineering findings', cell: (r) => findings(r.engineeringFindings, (f) => f.detail), empty: (r) => !r.engineeringFindings.length },
  { label: 'Time to feedback', cell: (r) => (r.observed.timeToFeedbackMs === null ? nothing : formatMs(r.observed.timeToFeedbackMs)) },
  { label: 'Requests', cell: requests },
  { label: 'Evidence', cell: evidenceItems, empty: (r) => !r.evidence.items?.length },
  { label: 'Crashed', cell: (r) => (r.error ? html`<span class="crash">${r.error}</span>` : nothing), empty: (r) => !r.error },
];

/** One scenario: facts, the before/after table (verdict, severity, observed, messages, findings) and both screenshots. */
export function renderScenarioCard(pair: ScenarioPair, index: number, sides: Sides): SafeHtml {
  const any = (pair.after ?? pair.before)!;
  const id = anchorId(index, pair.id);
  const params = any.fault && Object.keys(any.fault.params).length ? html` <code>${JSON.stringify(any.fault.params)}</code>` : null;
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const tokens = filterTokens([pair]);
  return html`<article class="scenario" id="${id}" aria-labelledby="${id}-title" data-integration="${tokens.integration}" data-severity="${tokens.severity}" data-fault="${tokens.fault}">
<header>
<div class="title"><h3 id="${id}-title">${pair.title}</h3>${sides.shown.length > 1 ? changeBadge(pair.change) : null}</div>
<code>${pair.id}</code>
<dl class="facts">${[
    fact('Integration', any.integration),
    fact('Flow', html`<code>${any.flow}</code>`),
    fact('Endpoint', any.endpoint ? html`<code>${any.endpoint}</code>` : nothing),
    fact('Fault', any.fault ? html`${any.fault.kind}${params}` : nothing),
    fact('Prescribed', kindText(any.prescribed)),
  ]}</dl>
</header>
<table class="compare">
<caption class="visually-hidden">${pair.title}: ${sides.shown.length > 1 ? 'before and after' : 'outcome'}</caption>
<colgroup><col class="aspect">${sides.shown.map(() => html`<col>`)}</colgroup>
<thead><tr><th scope="col"><span class="visually-hidden">Aspect</span></th>${sides.shown.map((side) => html`<th scope="col">${heading(sides, side)}</th>`)}</tr></thead>
<tbody>${aspectRows(pair, aspects, sides)}</tbody></table>
<div class="shots${sides.shown.length > 1 ? '' : ' single'}">${sides.shown.map((side) => shot(pair, side, sides))}</div>
</article>`;
}
