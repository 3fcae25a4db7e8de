/**
 * A drill's evidence on the page: the crop around the evidence element and the viewport screenshot, both at
 * full size, lazy-loaded, the element outlined, each opening a small lightbox (a `<dialog>`: Escape closes).
 */
import { createHash } from 'node:crypto';
import type { EvidenceBox, ScenarioResult } from '../results.ts';
import type { EvidenceFiles } from './evidence.ts';
import { html, trusted, type SafeHtml } from './markup.ts';

const pct = (part: number, whole: number) => `${((part / Math.max(whole, 1)) * 100).toFixed(3)}%`;

/** An outline over an image showing `area` (both in the same CSS px), placed in percent so it scales with the image. */
function outline(box: EvidenceBox, area: EvidenceBox): SafeHtml {
  const style = `left:${pct(box.x - area.x, area.width)};top:${pct(box.y - area.y, area.height)};width:${pct(box.width, area.width)};height:${pct(box.height, area.height)}`;
  return html`<span class="outline" style="${style}" aria-hidden="true"></span>`;
}

function image(src: string, alt: string, kind: 'crop' | 'viewport', area: EvidenceBox | undefined, box: EvidenceBox | undefined): SafeHtml {
  const mark = box && area ? outline(box, area) : null;
  const data = area ? html` data-width="${area.width}" data-height="${area.height}"` : null;
  // A link first: without script the image opens on its own; the lightbox script takes the click over.
  return html`<a class="zoom ${kind}" href="${src}"${data}><span class="frame"><img src="${src}" alt="${alt}" loading="lazy" decoding="async">${mark}</span></a>`;
}

/** The evidence of one result: crop (when the element was found) then viewport, or why there is none. */
export function renderShots(result: ScenarioResult, runDir: string, folder: string, alt: string, files: EvidenceFiles): SafeHtml {
  const { evidence } = result;
  const viewport = files.link(runDir, folder, evidence.screenshot);
  if ('problem' in viewport) return html`<div class="shot missing">${viewport.problem}</div>`;
  const full = evidence.viewport ? { x: 0, y: 0, ...evidence.viewport } : undefined;
  const crop = evidence.crop ? files.link(runDir, folder, evidence.crop.file) : undefined;
  const cropped = crop && 'src' in crop ? image(crop.src, `${alt} (close-up of the message)`, 'crop', evidence.crop!.clip, evidence.box) : null;
  return html`<div class="shot">${cropped}${image(viewport.src, alt, 'viewport', full, evidence.box)}</div>`;
}

const script = `
const box = document.getElementById('lightbox');
const shown = box.querySelector('.frame');
document.addEventListener('click', (event) => {
  const link = event.target.closest('a.zoom');
  if (!link) { if (event.target === box) box.close(); return; }
  event.preventDefault();
  shown.replaceChildren(...[...link.querySelector('.frame').children].map((n) => n.cloneNode(true)));
  shown.querySelector('img').removeAttribute('loading');
  box.showModal();
});
box.querySelector('button').addEventListener('click', () => box.close());
`;

/** The lightbox dialog and its script (closes on Escape, the close button, or a click beside the image). */
export const lightbox = (): SafeHtml =>
  html`<dialog id="lightbox" aria-label="Screenshot at full size"><button type="button" class="close">Close</button><span class="frame"></span></dialog>
<script>${trusted(script)}</script>`;

/** The CSP source that allows exactly the lightbox script. */
export const lightboxScriptHash = (): string => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
