import type { Page } from '@playwright/test';
import { watchPage } from '../../harness/judge/observe.ts';
import { rehookPage } from '../../harness/judge/page-hooks.ts';
import { judgeScenario, type Judgement } from '../../harness/judge/judge-scenario.ts';
import { categoryCases } from './gallery-categories.ts';
import { generalizeCases } from './gallery-generalize.ts';
import { hardCases } from './gallery-hard.ts';
import { kindCases } from './gallery-kinds.ts';
import type { GalleryCase } from './gallery.ts';

/** Every gallery case: categories, kinds, hard cases, the cases of judgement that generalizes. */
export const galleryCases: GalleryCase[] = [...categoryCases, ...kindCases, ...hardCases, ...generalizeCases];

/** The gallery's stuck threshold and quiet period (ms). */
export const GALLERY_OBSERVE = { stuckMs: 2_000, settleMs: 200 };

/** Loads a gallery page in `page`, observes it like a drill does, and judges it. */
export async function judgeGalleryCase(page: Page, c: GalleryCase): Promise<Judgement> {
  const watcher = watchPage(page);
  await watcher.ready;
  const since = Date.now();
  const journal = c.journal().map((e, i) => ({ ...e, at: since + (e.at - Date.now()) + i }));
  await page.setContent(c.html);
  await rehookPage(page);
  await c.act?.(page);
  const observation = await watcher.observe({ ...GALLERY_OBSERVE, selectors: c.selectors }, since);
  return judgeScenario({
    scenario: { prescribed: c.expected.kind ?? c.expected.category, context: c.context ?? {}, expect: {}, observe: GALLERY_OBSERVE },
    observation, journal, faulted: [], names: c.names ?? ['QuickBooks Online', 'QuickBooks'], temporary: true,
  });
}
