import { expect, test } from '@playwright/test';
import { galleryCases, judgeGalleryCase } from './run-case.ts';
import { categories, kinds } from '../../harness/guidelines/taxonomy.ts';

// Each gallery page has one known behaviour; the observer + classifier must name it, with evidence.
for (const c of galleryCases) {
  test(`classifies: ${c.name}`, async ({ page }) => {
    const { classification, copyFindings } = await judgeGalleryCase(page, c);
    expect({ category: classification.category, kind: classification.kind }, classification.reason).toEqual({ category: c.expected.category, kind: c.expected.kind ?? null });
    expect(classification.evidence.length, 'a decision comes with its evidence').toBeGreaterThan(0);
    for (const rule of c.findings ?? []) expect(copyFindings.map((f) => f.rule), `finding ${rule}`).toContain(rule);
    for (const rule of c.absent ?? []) expect(copyFindings.map((f) => f.rule), `no finding ${rule}`).not.toContain(rule);
  });
}

test('the gallery covers every category of section 1 and every kind of section 2', () => {
  const labels = new Set(galleryCases.flatMap((c) => [c.expected.category, c.expected.kind ?? '']));
  const missing = [...categories.map((c) => c.slug), ...kinds.map((k) => k.slug)].filter((slug) => !labels.has(slug));
  expect(missing).toEqual([]);
});
