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

/**
 * The element's box in the viewport after scrolling it into view if it was outside, in one round trip to the
 * page; null when the selector finds nothing a user can see (not a CSS selector, a native dialog, gone).
 */
async function elementBox(page: Page, selector: string | undefined): Promise<EvidenceBox | null> {
  if (!selector) return null;
  return page.evaluate((sel) => {
    let el: Element | null = null;
    try { el = document.querySelector(sel); } catch { return null; }
    if (!el || (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true }))) return null;
    let r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    if (r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      r = el.getBoundingClientRect();
    }
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector).catch(() => null);
}

/**
 * Takes `<name>.png` (viewport) and, when the element of `selector` is visible, `<name>.crop.png` into
 * `dir`; returns the file names and the boxes for the report to outline the element.
 * @example await takeEvidenceShots(page, runDir, 'quickbooks__payee-outage', '#payee-alert')
 */
export async function takeEvidenceShots(page: Page, dir: string, name: string, selector?: string): Promise<EvidenceShots> {
  const found = await elementBox(page, selector);
  const viewport = page.viewportSize() ?? (await page.evaluate(() => ({ width: innerWidth, height: innerHeight })));
  const screenshot = `${name}.png`;
  await page.screenshot({ path: join(dir, screenshot) });
  const shots: EvidenceShots = { screenshot, viewport };
  const box = found && clipToViewport(found, 0, viewport);
  if (!box) return shots;
  shots.box = box;
  const clip = clipToViewport(box, CROP_MARGIN_PX, viewport)!;
  const crop = `${name}.crop.png`;
  await page.screenshot({ path: join(dir, crop), clip });
  shots.crop = { file: crop, clip };
  return shots;
}
