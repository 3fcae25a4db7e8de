/** Screenshots embedded in the report as data URIs, read only from inside each run's folder. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { evidenceFile } from '../evidence-path.ts';

/** A screenshot ready to embed, or why it cannot be shown. */
export type EmbeddedImage = { dataUri: string } | { problem: string };

const mimeTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

/**
 * Reads an evidence image (path relative to the run folder) as a base64 data URI. The path comes from a
 * journal, so it is untrusted: anything outside the run folder or not an image is refused, never read.
 */
export function embedScreenshot(runDir: string, path: string | null | undefined): EmbeddedImage {
  if (!path) return { problem: 'No screenshot was recorded.' };
  const mime = mimeTypes[extname(path).toLowerCase()];
  if (!mime) return { problem: `Not shown: ${path} is not a PNG, JPEG, WebP or GIF image.` };
  const found = evidenceFile(runDir, path);
  if ('problem' in found) return { problem: `Not shown: ${found.problem}.` };
  if ('missing' in found) return { problem: `Screenshot missing: ${path}` };
  const { file } = found;
  return { dataUri: `data:${mime};base64,${readFileSync(file).toString('base64')}` };
}
