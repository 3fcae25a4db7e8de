/**
 * Screenshots shown by the report as image files beside the HTML (never inlined): each is read only from
 * inside its run's folder, under a plain file name, and copied next to the report.
 */
import { copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** An image ready to link from the page (`src` relative to the HTML), or why it cannot be shown. */
export type LinkedImage = { src: string } | { problem: string };

const imageTypes = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif']);

/** True for a plain file name: no folder part, no `..`, no control character, nothing a URL would read as a scheme or query. */
export const isPlainFileName = (name: string): boolean =>
  /^[\w][\w.-]*$/.test(name) && !name.includes('..') && name.length <= 200;

/**
 * Collects the evidence images a report shows and copies them beside it. A journal is untrusted: a path
 * that is not a plain file name, not an image, a symlink, or not a regular file is refused, never read.
 */
export class EvidenceFiles {
  private readonly copies = new Map<string, string>();

  /** @param outDir the folder the HTML is written to. */
  constructor(readonly outDir: string) {}

  /**
   * The `src` of an image of `runDir` for the page; `folder` keeps two runs' files with the same name apart.
   * @example files.link('reports/legacy', 'before', 'quickbooks__payee-outage.png') // { src: 'evidence/before/quickbooks__payee-outage.png' }
   */
  link(runDir: string, folder: string, name: string | null | undefined): LinkedImage {
    if (!name) return { problem: 'No screenshot was recorded.' };
    if (!isPlainFileName(name)) return { problem: `Not shown: ${name} is not a plain file name inside the run folder.` };
    if (!imageTypes.has(extname(name).toLowerCase())) return { problem: `Not shown: ${name} is not a PNG, JPEG, WebP or GIF image.` };
    const file = join(resolve(runDir), name);
    let stat;
    try {
      stat = lstatSync(file);
    } catch {
      return { problem: `Screenshot missing: ${name}` };
    }
    if (!stat.isFile()) return { problem: `Not shown: ${name} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}.` };
    if (resolve(runDir) === resolve(this.outDir)) return { src: name };
    const src = `evidence/${folder.replace(/[^\w-]+/g, '-')}/${name}`;
    this.copies.set(src, file);
    return { src };
  }

  /** Copies every linked image next to the HTML (call after rendering, before the page is opened). */
  write(): void {
    for (const [src, from] of this.copies) {
      const to = join(this.outDir, src);
      mkdirSync(join(to, '..'), { recursive: true });
      copyFileSync(from, to);
    }
  }
}
