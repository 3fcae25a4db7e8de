/** The report's filter bar (integration, severity, fault kind) and the few lines of inline script behind it. */
import { createHash } from 'node:crypto';
import { severities } from '../../guidelines/taxonomy.ts';
import type { ImpactComparison } from '../compare.ts';
import { integrationTitles } from '../integration-label.ts';
import { filterTokens } from './filter-data.ts';
import { html, trusted, type SafeHtml } from './markup.ts';

/**
 * Shows an element when, for every filter set, its `data-<filter>` tokens include the chosen value; an
 * element without that attribute ignores that filter. Plain DOM, no library: the report works offline.
 */
const script = `
const form = document.getElementById('filters');
const status = document.getElementById('filter-status');
function applyFilters() {
  const want = { integration: form.integration.value, severity: form.severity.value, fault: form.fault.value };
  // The index has one row per scenario whether the cards are on this page or on pages of their own.
  const rows = document.querySelectorAll('tr.scenario-row');
  document.querySelectorAll('[data-integration]').forEach((el) => {
    el.hidden = !Object.entries(want).every(([key, value]) => !value || el.dataset[key] === undefined || el.dataset[key].split(' ').includes(value));
  });
  const shown = [...rows].filter((r) => !r.hidden).length;
  status.textContent = shown === rows.length ? 'Showing all ' + rows.length + ' scenarios.' : 'Showing ' + shown + ' of ' + rows.length + ' scenarios.';
}
form.addEventListener('change', applyFilters);
form.addEventListener('reset', () => setTimeout(applyFilters));
applyFilters();
`;

function select(name: string, label: string, options: { value: string; label: string }[]): SafeHtml {
  return html`<label>${label} <select name="${name}"><option value="">All</option>${options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</select></label>`;
}

/** The filter form over every scenario view, with a live status line. */
export function renderFilters(impact: ImpactComparison): SafeHtml {
  const tokens = filterTokens(impact.scenarios);
  const split = (s: string) => (s ? s.split(' ') : []);
  const titles = integrationTitles(impact.scenarios.flatMap((p) => [p.before, p.after]).filter((r) => r !== undefined));
  const integrations = split(tokens.integration).map((slug) => ({ value: slug, label: titles.get(slug) ?? slug }));
  const present = new Set(split(tokens.severity));
  const severityOptions = severities.filter((s) => present.has(s.slug)).map((s) => ({ value: s.slug, label: s.label }));
  const faults = split(tokens.fault).map((kind) => ({ value: kind, label: kind }));
  return html`<form id="filters" class="filters" aria-label="Filter scenarios">
${select('integration', 'Integration', integrations)}
${select('severity', 'Severity', severityOptions)}
${select('fault', 'Fault', faults)}
<button type="reset">Clear filters</button>
<p id="filter-status" role="status"></p>
</form>`;
}

/** The inline script of the filters; the page's CSP allows this script only, by its hash. */
export const filterScript = (): SafeHtml => html`<script>${trusted(script)}</script>`;

/** The CSP source that allows exactly the filter script (so an injected script could never run). */
export const filterScriptHash = (): string => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
