import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { watchPage } from '../../harness/judge/observe.ts';
import { judgeScenario, type Judgement } from '../../harness/judge/judge-scenario.ts';
import { buildGallery } from './build.ts';
import type { LibraryCase } from './cases/case.ts';

/** The design-system gallery's stuck threshold and quiet period (ms), from the page's mount. */
export const DESIGN_GALLERY_OBSERVE = { stuckMs: 2_500, settleMs: 200 };
/** The origin the gallery's pages are served under (answered by a route, no port). */
export const GALLERY_ORIGIN = 'http://gallery.test';

const govukAssets = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/govuk/assets/', import.meta.url));
const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** The HTML document of a library's page: its stylesheet (when the bundle has one), a root, its script. */
function documentFor(dir: string, library: string): string {
  const css = existsSync(join(dir, `${library}.css`)) ? `<link rel="stylesheet" href="/${library}.css">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Gallery</title>${css}</head>
<body><div id="root"></div><script src="/${library}.js"></script></body></html>`;
}

/**
 * Answers `http://gallery.test/<library>.html?case=<id>` and the bundles in `dir` for every page of `context`
 * (GOV.UK's fonts and images under `/assets/`). Files are read once.
 */
export async function serveGallery(context: BrowserContext, dir: string): Promise<void> {
  const cache = new Map<string, Buffer>();
  const read = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFileSync(file));
    return cache.get(file)!;
  };
  await context.route(`${GALLERY_ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const page = /^\/([a-z0-9]+)\.html$/.exec(path);
    if (page) return route.fulfill({ contentType: 'text/html', body: documentFor(dir, page[1]!) });
    const root = path.startsWith('/assets/') ? govukAssets : dir;
    const file = normalize(join(root, path.replace(/^\/(assets\/)?/, '')));
    if (!file.startsWith(join(root, '/')) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not in the gallery' });
    return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: read(file) });
  });
}

/** Opens a library case's page in `page` (served by `serveGallery`), observes it like a drill does, and judges it. */
export async function judgeLibraryCase(page: Page, c: LibraryCase): Promise<Judgement> {
  const watcher = watchPage(page);
  // The observer's page hooks are an init script: installed before the page loads, they see it from its start.
  await watcher.ready;
  await page.goto(`${GALLERY_ORIGIN}/${c.library}.html?case=${encodeURIComponent(c.page)}`, { waitUntil: 'commit' });
  // The user's action is the page's mount (its timers start there), so loading the bundle is not held against it.
  const mounted = (await (await page.waitForFunction(() => window.__gallery, null, { timeout: 60_000 })).jsonValue())!;
  if (mounted.mounted !== c.page) throw new Error(`gallery: the ${c.library} bundle has no page "${c.page}" (it has: ${mounted.ids.join(', ')})`);
  const since = mounted.at;
  const journal = c.journal().map((e, i) => ({ ...e, at: since + (e.at - Date.now()) + i }));
  const observation = await watcher.observe({ ...DESIGN_GALLERY_OBSERVE, selectors: c.selectors }, since);
  watcher.stop();
  return judgeScenario({
    scenario: { prescribed: c.expected.kind ?? c.expected.category, context: c.context ?? {}, expect: {}, observe: DESIGN_GALLERY_OBSERVE },
    observation, journal, faulted: [], names: c.names ?? ['QuickBooks Online', 'QuickBooks'], temporary: true,
  });
}

/** One judged gallery case and how long its page took (ms). */
export interface CaseRun {
  case: LibraryCase;
  judgement: Judgement;
  ms: number;
}

/**
 * Builds the gallery (cached) and judges `cases` on `pages` pages at a time, each case on a fresh page.
 * @example const runs = await runDesignGallery(browser, libraries.flatMap((l) => l.cases));
 */
export async function runDesignGallery(browser: Browser, cases: readonly LibraryCase[], pages = 3): Promise<{ runs: CaseRun[]; buildMs: number; cached: boolean }> {
  const built = await buildGallery();
  const runs: CaseRun[] = [];
  const queue = [...cases];
  // One browser context (a window of its own) per page slot: pages sharing one window are its background tabs,
  // which get no animation frames, so a toast whose entrance waits on requestAnimationFrame (antd's rc-motion)
  // stays invisible there (antd slow-then-toast failed about 1 in 3 at 3 pages in one context, 0 in 18 apart).
  await Promise.all(Array.from({ length: pages }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await serveGallery(context, built.dir);
      for (let c = queue.shift(); c; c = queue.shift()) {
        const page = await context.newPage();
        const started = Date.now();
        runs.push({ case: c, judgement: await judgeLibraryCase(page, c), ms: Date.now() - started });
        await page.close();
      }
    } finally {
      await context.close();
    }
  }));
  const order = new Map(cases.map((c, i) => [c, i]));
  runs.sort((a, b) => order.get(a.case)! - order.get(b.case)!);
  return { runs, buildMs: built.ms, cached: built.cached };
}
