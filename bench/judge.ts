/**
 * `npm run bench:judge`: the observer + classifier in real Chromium over the accuracy gallery (tests/judge) and the
 * design-system gallery (tests/gallery: pages built with the real component libraries listed in tests/gallery/libraries.ts). Prints the
 * confusion matrices, accuracy overall and per library, false passes, false fails and the leave-one-library-out
 * figure; writes bench/results/judge.json. Exits 1 below issue 11's bars.
 *   --library mui,antd   only these libraries of the design gallery (and not the old gallery)
 *   --first-sight        record the first-sight figure of each measured library that has none (tests/gallery/holdout-log.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../harness/browser/find-chromium.ts';
import { kinds } from '../harness/guidelines/taxonomy.ts';
import { galleryCases, judgeGalleryCase } from '../tests/judge/run-case.ts';
import { readHoldoutLog, recordFirstSight, leaveOneLibraryOut } from '../tests/gallery/holdout.ts';
import { libraries } from '../tests/gallery/libraries.ts';
import { runDesignGallery } from '../tests/gallery/run.ts';
import { figures, scoreRun } from '../tests/gallery/score.ts';
import { barsMissed, formatGallery, GALLERY_BARS, perLibrary } from '../tests/gallery/summary.ts';
import { confusionMatrix, formatMatrix, type Judged } from './judge-matrix.ts';

const PAGES = Number(process.env.BENCH_JUDGE_PAGES ?? 3);
const args = process.argv.slice(2);
const only = args.includes('--library') ? (args[args.indexOf('--library') + 1] ?? '').split(',').filter(Boolean) : null;
const unknown = (only ?? []).filter((name) => !libraries.some((l) => l.library === name));
if (only?.length === 0 || unknown.length) {
  console.error(`bench:judge: --library needs a comma-separated list of known libraries${unknown.length ? `, got unknown ${unknown.join(', ')}` : ''}; known: ${libraries.map((l) => l.library).join(', ')}`);
  process.exit(2);
}

/** The old accuracy gallery (tests/judge): one fresh page per case. */
async function oldGallery(browser: Browser): Promise<ReturnType<typeof confusionMatrix>> {
  const judged: Judged[] = [];
  const queue = [...galleryCases];
  await Promise.all(Array.from({ length: PAGES }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      // A fresh page per case, so one case's listeners and timers do not reach the next.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const { classification } = await judgeGalleryCase(page, c);
      judged.push({ name: c.name, expected: c.expected.kind ?? c.expected.category, observed: classification.kind ?? classification.category });
      await page.close();
    }
  }));
  return confusionMatrix(judged, new Set(kinds.map((k) => k.slug)));
}

const browser = await chromium.launch(chromiumLaunchOptions());
let old: ReturnType<typeof confusionMatrix> | null = null;
let design: Awaited<ReturnType<typeof runDesignGallery>>;
const started = Date.now();
let oldMs = 0;
try {
  if (!only) {
    old = await oldGallery(browser);
    oldMs = Date.now() - started;
  }
  design = await runDesignGallery(browser, libraries.filter((l) => !only || only.includes(l.library)).flatMap((l) => l.cases), PAGES);
} finally {
  await browser.close();
}
const designMs = Date.now() - started - oldMs;
const scores = design.runs.map(scoreRun);

if (old) {
  console.log(`old gallery (tests/judge):\n${formatMatrix(old)}`);
  console.log(`old gallery accuracy ${(old.accuracy * 100).toFixed(1)} % (${old.correct}/${old.total}), false passes ${old.falsePasses.length}, ${(oldMs / 1000).toFixed(1)} s`);
  for (const c of old.misses) console.log(`miss: ${c.name}: expected ${c.expected}, observed ${c.observed}`);
  console.log('');
}
if (args.includes('--first-sight')) {
  for (const [name, f] of perLibrary(scores)) if (recordFirstSight(name, f)) console.log(`recorded the first sight of ${name}: ${f.correct}/${f.total}`);
}
const log = readHoldoutLog();
console.log(`design-system gallery (tests/gallery):\n${formatGallery(scores, log)}`);
console.log(`design gallery: ${scores.length} pages in ${(designMs / 1000).toFixed(1)} s (build ${design.cached ? 'cached' : 'bundled'} ${design.buildMs} ms), ${PAGES} pages at a time, load average ${loadavg()[0]!.toFixed(1)}`);

const missed = barsMissed(scores);
const lolo = leaveOneLibraryOut(log);
if (!only && lolo && lolo.accuracy < GALLERY_BARS.leaveOneOut) missed.push(`leave-one-library-out accuracy ${(lolo.accuracy * 100).toFixed(1)} % is below ${GALLERY_BARS.leaveOneOut * 100} %`);
if (old && (old.accuracy < GALLERY_BARS.accuracy || old.falsePasses.length > 0)) missed.push('the old gallery is below its bar (>= 97 %, 0 false passes)');
for (const line of missed) console.log(`below the bar: ${line}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/judge.json', import.meta.url), `${JSON.stringify({
  at: new Date().toISOString(), load: loadavg()[0], old, design: { ...figures(scores), perLibrary: Object.fromEntries(perLibrary(scores)), leaveOneLibraryOut: lolo, cases: scores },
}, null, 2)}\n`);
if (missed.length > 0) process.exitCode = 1;
