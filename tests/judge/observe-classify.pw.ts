import { expect, test } from '@playwright/test';
import { galleryCases, judgeGalleryCase } from './run-case.ts';

// Each gallery page has one known behaviour; the observer + classifier must name it, with evidence.
for (const c of galleryCases) {
  test(`classifies: ${c.name}`, async ({ page }) => {
    const { classification, copyFindings } = await judgeGalleryCase(page, c);
    expect({ category: classification.category, kind: classification.kind }, classification.reason).toEqual({ category: c.expected.category, kind: c.expected.kind ?? null });
    expect(classification.evidence.length, 'a decision comes with its evidence').toBeGreaterThan(0);
    for (const rule of c.findings ?? []) expect(copyFindings.map((f) => f.rule), `finding ${rule}`).toContain(rule);
  });
}
