/** "What to fix": for each drill failing in the after run, the prescribed response, a suggested message and the engineering checklist. */
import type { ImpactComparison } from '../compare.ts';
import { suggestFixFor } from '../fix/suggest-fix.ts';
import { html, inlineCards, type CardHref, type SafeHtml } from './markup.ts';

/** The section, one entry per failing drill of the latest run (after), linking to its card. */
export function renderWhatToFix(impact: ImpactComparison, href: CardHref = inlineCards): SafeHtml {
  const items = impact.scenarios.flatMap((pair, i) => {
    const result = pair.after;
    const fix = result && suggestFixFor(result);
    if (!fix) return [];
    const checklist = fix.checklist.length
      ? html`<ul class="checklist">${fix.checklist.map((line) => html`<li><input type="checkbox" disabled aria-label="to do"> ${line}</li>`)}</ul>`
      : null;
    return [html`<li class="fix" data-integration="${result.integration}">
<h3><a href="${href(i, pair.id)}">${pair.title}</a></h3>
<p>Prescribed: <strong>${fix.prescribedLabel}</strong>${fix.prescribed ? html` <code>${fix.prescribed}</code>` : null}</p>
<p>Suggested message:</p><blockquote class="suggested">${fix.message}</blockquote>
${checklist}
</li>`];
  });
  return html`<section aria-labelledby="what-to-fix">
<h2 id="what-to-fix">What to fix</h2>
${items.length ? html`<p>${items.length} failing drill(s) in the ${impact.after.run.label} run.</p><ol class="fixes">${items}</ol>` : html`<p>Nothing: every drill of the ${impact.after.run.label} run passed.</p>`}
</section>`;
}
