/** Taxonomy slugs rendered for people: labels, badges and dates, all escaped. */
import { categoryOf, kindOf, severityInfo, type Severity } from '../../guidelines/taxonomy.ts';
import type { ScenarioChange } from '../compare.ts';
import { html, type SafeHtml } from './markup.ts';

/** A category as its taxonomy label with the slug, e.g. "Generic error message `generic-error`". */
export function categoryText(slug: string): SafeHtml {
  const label = categoryOf(slug)?.label;
  return label ? html`${label} <code>${slug}</code>` : html`<code>${slug}</code>`;
}

/** A prescribed kind as its label with the slug; "none" when there is no kind. */
export function kindText(slug: string | null | undefined): SafeHtml {
  if (!slug) return html`<span class="none">none</span>`;
  const label = kindOf(slug)?.label ?? categoryOf(slug)?.label;
  return label ? html`${label} <code>${slug}</code>` : html`<code>${slug}</code>`;
}

/** A severity badge in its chart colour. */
export const severityBadge = (slug: Severity): SafeHtml =>
  html`<span class="badge sev sev-${slug}">${severityInfo(slug).label}</span>`;

/** A PASS / FAIL badge. */
export const verdictBadge = (verdict: 'pass' | 'fail'): SafeHtml =>
  html`<span class="badge verdict-${verdict}">${verdict === 'pass' ? 'Pass' : 'Fail'}</span>`;

const changeLabels: Record<ScenarioChange, string> = {
  improved: 'Improved',
  regressed: 'Regressed',
  unchanged: 'Unchanged',
  added: 'New in after',
  removed: 'Only in before',
};

/** A badge saying how a scenario changed between the runs. */
export const changeBadge = (change: ScenarioChange): SafeHtml =>
  html`<span class="badge change-${change}">${changeLabels[change]}</span>`;

/** An ISO-8601 time as `2026-11-28 14:41 UTC`; text that is not a date is shown as given. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A duration for people: `412 ms` under a second, else seconds with one decimal (`10.1 s`). */
export const formatMs = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
