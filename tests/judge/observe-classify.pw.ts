import { expect, test } from '@playwright/test';
import { classifyResponse } from '../../harness/judge/classify.ts';
import { watchPage } from '../../harness/judge/observe.ts';
import { lintCopy } from '../../harness/guidelines/lint-copy.ts';
import { failedReads, galleryCases } from './gallery.ts';

// Each gallery page has one known behaviour; the observer + classifier must name it.
for (const c of galleryCases) {
  test(`classifies: ${c.name}`, async ({ page }) => {
    const watcher = watchPage(page);
    const since = Date.now();
    await page.setContent(c.html);
    const observation = await watcher.observe({ stuckMs: 2_000, settleMs: 200 }, since);
    const result = classifyResponse({
      observation,
      journal: failedReads(c.calls),
      lint: (text, role) => lintCopy(text, { names: ['QuickBooks Online', 'QuickBooks'], temporary: true, role }),
    });
    expect({ category: result.category, kind: result.kind }, result.reason).toEqual({ category: c.expected.category, kind: c.expected.kind ?? null });
    expect(result.evidence.length, 'a decision comes with its evidence').toBeGreaterThan(0);
  });
}
