/**
 * `npm run bench:judge`: the observer + classifier over the accuracy gallery (tests/judge) in real Chromium;
 * prints the confusion matrix, accuracy, false passes and misses, and writes bench/results/judge.json.
 * Exits 1 below the bar (>= 97 % correct, 0 false pass).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../harness/browser/find-chromium.ts';
import { kinds } from '../harness/guidelines/taxonomy.ts';
import { galleryCases, judgeGalleryCase } from '../tests/judge/run-case.ts';
import { confusionMatrix, formatMatrix, type Judged } from './judge-matrix.ts';

const PAGES = Number(process.env.BENCH_JUDGE_PAGES ?? 3);
const started = Date.now();
const browser = await chromium.launch(chromiumLaunchOptions());
const judged: Judged[] = [];
try {
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
} finally {
  await browser.close();
}
const m = confusionMatrix(judged, new Set(kinds.map((k) => k.slug)));
console.log(formatMatrix(m));
console.log(`\naccuracy ${(m.accuracy * 100).toFixed(1)} % (${m.correct}/${m.total}), false passes ${m.falsePasses.length}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const c of m.misses) console.log(`miss: ${c.name}: expected ${c.expected}, observed ${c.observed}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/judge.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), ...m }, null, 2)}\n`);
if (m.accuracy < 0.97 || m.falsePasses.length > 0) process.exitCode = 1;
