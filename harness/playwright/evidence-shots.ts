/**
 * A drill's screenshots: the viewport as the user saw it, plus a crop around the element the classification
 * rests on (its box from the page, with a margin), so the product's copy can be read at full size.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EvidenceBox } from '../report/results.ts';

/** Room kept around the evidence element in its crop (CSS px). */
const CROP_MARGIN_PX = 24;

/** The files taken and where the evidence element sits in them (CSS px of the viewport). */
export interface EvidenceShots {
  /** Viewport screenshot, a plain file name inside the run folder. */
  screenshot: string;
  viewport: { width: number; height: number };
  /** The evidence element's box in the viewport screenshot; absent when no element could be found. */
  box?: EvidenceBox;
  /** The crop around the element: its file name and the rectangle of the viewport it shows. */
  crop?: { file: string; clip: EvidenceBox };
}

/** Rounds a rectangle outwards to whole pixels and keeps the part inside the viewport; null when nothing is left. */
export function clipToViewport(box: EvidenceBox, margin: number, viewport: { width: number; height: number }): EvidenceBox | null {
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  const right = Math.min(viewport.width, Math.ceil(box.x + box.width + margin));
  const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height + margin));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Options of every screenshot: the page as the user sees it (a caret too: hiding it would change the page). */
const SHOT = { caret: 'initial' } as const;

/**
 * The element's box in the viewport after scrolling it into view if it was outside, in one round trip to the
 * page (box null when the selector finds nothing a user can see: not a CSS selector, a native dialog, gone), and
 * whether the view moved or the page changed since `since` (ms epoch, the page hooks' clock).
 */
async function elementBox(page: Page, selector: string | undefined, since: number | null): Promise<{ box: EvidenceBox | null; changed: boolean }> {
  return page.evaluate(([sel, after]) => {
    const hooks = (window as unknown as { __brownout?: { changedAt?: number } }).__brownout;
    const changed = after === null || !hooks || !hooks.changedAt || hooks.changedAt >= after;
    if (!sel) return { box: null, changed };
    let el: Element | null = null;
    try { el = document.querySelector(sel); } catch { return { box: null, changed }; }
    if (!el || (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true }))) return { box: null, changed };
    let r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return { box: null, changed };
    if (r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      r = el.getBoundingClientRect();
      return { box: { x: r.left, y: r.top, width: r.width, height: r.height }, changed: true };
    }
    return { box: { x: r.left, y: r.top, width: r.width, height: r.height }, changed };
  }, [selector ?? null, since] as const).catch(() => ({ box: null, changed: true }));
}

/**
 * Takes `<name>.png` (viewport) and, when the element of `selector` is visible, `<name>.crop.png` into
 * `dir`; returns the file names and the boxes for the report to outline the element. `calmShotAt`: `<name>.png`
 * was already taken then (while the observer waited out its quiet period); it is kept when the page has not
 * changed or scrolled since, and taken again otherwise.
 * @example await takeEvidenceShots(page, runDir, 'quickbooks__payee-outage', '#payee-alert')
 */
export async function takeEvidenceShots(page: Page, dir: string, name: string, selector?: string, calmShotAt: number | null = null): Promise<EvidenceShots> {
  const { box: found, changed } = await elementBox(page, selector, calmShotAt);
  const viewport = page.viewportSize() ?? (await page.evaluate(() => ({ width: innerWidth, height: innerHeight })));
  const screenshot = `${name}.png`;
  if (changed) await page.screenshot({ path: join(dir, screenshot), ...SHOT });
  const shots: EvidenceShots = { screenshot, viewport };
  const box = found && clipToViewport(found, 0, viewport);
  if (!box) return shots;
  shots.box = box;
  const clip = clipToViewport(box, CROP_MARGIN_PX, viewport)!;
  const crop = `${name}.crop.png`;
  await page.screenshot({ path: join(dir, crop), clip, ...SHOT });
  shots.crop = { file: crop, clip };
  return shots;
}
