/** Screenshots embedded in the report as data URIs, read only from inside each run's folder. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

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
  const file = resolve(runDir, path);
  const inside = relative(resolve(runDir), file);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return { problem: `Not shown: ${path} is outside the run folder.` };
  }
  if (!existsSync(file) || !statSync(file).isFile()) return { problem: `Screenshot missing: ${path}` };
  return { dataUri: `data:${mime};base64,${readFileSync(file).toString('base64')}` };
}
