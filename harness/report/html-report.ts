/** The before/after impact report as HTML (inline CSS and script, screenshots as files beside it). */
import { compareRuns, shownSides, sideHeading, type ImpactComparison } from './compare.ts';
import { cardPages, html, inlineCards, trusted, type CardHref, type SafeHtml } from './html/markup.ts';
import { renderApiAudit, renderIntegrationSeverity, renderTallies, renderUnclassified } from './html/audit.ts';
import { filterScript, filterScriptHash, renderFilters } from './html/filters.ts';
import { renderHeader, renderHeadline, renderSeverityChart, reportTitle } from './html/overview.ts';
import { renderScenarioCard, renderScenarioIndex, type Sides } from './html/scenarios.ts';
import { reportCss } from './html/styles.ts';
import { renderTrend } from './html/trend.ts';
import type { TrendPoint } from './history.ts';
import { renderCoverage } from './html/coverage.ts';
import { renderWhatToFix } from './html/what-to-fix.ts';
import { EvidenceFiles } from './html/evidence.ts';
import { lightbox, lightboxScriptHash } from './html/shots.ts';
import type { LoadedRun } from './read-run.ts';

/**
 * Above this many bytes of scenario cards the cards go on pages of their own (`scenario-pages/`) and the main page
 * keeps the overview, the tables and the index linking to them: a 165-drill audit's cards are about 1.3 MB, which a
 * browser parses and a reviewer scrolls in vain; a demo's 37 cards (about 0.3 MB) stay on the page.
 */
export const INLINE_CARD_BYTES = 600_000;

/** One page of the report: its path inside the report folder and its HTML. */
export interface ReportPage {
  path: string;
  html: string;
}

/** The report's main page (`index.html`) and, for a large run, one page per scenario. */
export interface RenderedReport {
  index: string;
  scenarioPages: ReportPage[];
}

const head = (title: unknown, scripts: string, base: SafeHtml | null = null) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; script-src ${trusted(scripts)}">
${base}<title>${title}</title>
<style>${trusted(reportCss)}</style>
</head>`;

/** A scenario's page: the card, with links back to the index and to its neighbours (every URL relative to the report folder). */
function scenarioPage(comparison: ImpactComparison, card: SafeHtml, i: number, href: CardHref): string {
  const { scenarios } = comparison;
  const neighbour = (j: number, rel: 'prev' | 'next') =>
    scenarios[j] ? html`<a href="${href(j, scenarios[j]!.id)}" rel="${rel}">${rel === 'prev' ? 'Previous' : 'Next'}: ${scenarios[j]!.title}</a>` : null;
  const nav = html`<nav class="pager" aria-label="Scenarios"><a href="index.html#scenarios">All ${scenarios.length} scenarios</a>${neighbour(i - 1, 'prev')}${neighbour(i + 1, 'next')}</nav>`;
  return html`${head(html`${scenarios[i]!.title} · ${reportTitle(comparison)}`, lightboxScriptHash(), html`<base href="../">\n`)}
<body>
<main>
${nav}
${card}
${nav}
</main>
${lightbox()}
</body>
</html>
`.value;
}

/**
 * Renders the impact report of two runs: header, headline metrics before -> after, severity chart, a
 * scenario index and one card per scenario with both screenshots side by side (on the page, or on pages of their
 * own past `INLINE_CARD_BYTES`). Needs no network: the CSS is inline; screenshots are image files that `files`
 * copies beside the page. All journal text is escaped.
 * @example const { index, scenarioPages } = renderImpactReport(readRun('reports/a'), readRun('reports/b'))
 */
export function renderImpactReport(before: LoadedRun, after: LoadedRun, impact?: ImpactComparison, files = new EvidenceFiles('.'), trend: readonly TrendPoint[] = []): RenderedReport {
  const comparison = impact ?? compareRuns(before, after);
  const sides: Sides = { before, after, files, shown: shownSides(comparison) };
  const { scenarios } = comparison;
  const cards = scenarios.map((pair, i) => renderScenarioCard(pair, i, sides));
  const paged = cards.reduce((n, card) => n + card.value.length, 0) > INLINE_CARD_BYTES;
  const href = paged ? cardPages : inlineCards;
  const counts = ['regressed', 'improved', 'unchanged', 'added', 'removed']
    .map((change) => [change, scenarios.filter((s) => s.change === change).length] as const)
    .filter(([, n]) => n > 0)
    .map(([change, n]) => `${n} ${change}`)
    .join(', ');
  const where = paged ? ' Each opens on a page of its own.' : '';
  const index = html`${head(reportTitle(comparison), `${filterScriptHash()} ${lightboxScriptHash()}`)}
<body>
<main>
${renderHeader(comparison)}
${renderHeadline(comparison)}
${trend.length ? renderTrend(trend) : null}
${renderSeverityChart(comparison)}
${renderTallies(comparison)}
${renderFilters(comparison)}
${renderIntegrationSeverity(comparison)}
${renderWhatToFix(comparison, href)}
${renderApiAudit(comparison, href)}
${renderCoverage(sides.shown.map((side) => [sideHeading(comparison, side), sides[side]]))}
${renderUnclassified(comparison, href)}
<section aria-labelledby="scenarios">
<h2 id="scenarios">Scenarios</h2>
<p>${comparison.single ? `${scenarios.length} scenarios: ${comparison.after.verdict.fail} failing, ${comparison.after.verdict.pass} passing.` : `${scenarios.length} scenarios${counts ? `: ${counts}` : ''}. Regressions are listed first.`}${where}</p>
${renderScenarioIndex(scenarios, sides.shown, href)}
</section>
${paged ? null : html`<section aria-labelledby="details">
<h2 id="details">Scenario details</h2>
${cards}
</section>`}
<footer>Generated by brownout from ${comparison.single ? html`<code>${comparison.after.run.id}</code>` : html`<code>${comparison.before.run.id}</code> and <code>${comparison.after.run.id}</code>`}.</footer>
</main>
${filterScript()}
${lightbox()}
</body>
</html>
`.value;
  const scenarioPages = paged ? cards.map((card, i) => ({ path: href(i, scenarios[i]!.id), html: scenarioPage(comparison, card, i, href) })) : [];
  return { index, scenarioPages };
}

/**
 * The report's main page alone (`renderImpactReport(...).index`): for a run small enough to keep its cards inline,
 * the whole report.
 * @example writeFileSync('index.html', renderImpactHtml(readRun('reports/a'), readRun('reports/b')))
 */
export function renderImpactHtml(before: LoadedRun, after: LoadedRun, impact?: ImpactComparison, files = new EvidenceFiles('.'), trend: readonly TrendPoint[] = []): string {
  return renderImpactReport(before, after, impact, files, trend).index;
}
