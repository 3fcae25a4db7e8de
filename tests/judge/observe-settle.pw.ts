import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../../harness/judge/observe.ts';
import type { JournalEntry } from '../../harness/runtime/types.ts';
import { form, shell, template } from './gallery.ts';

// The observer settles only when the DOM, the page's own requests, the drill's provider calls and the page's
// short timers are all quiet (or at the stuck threshold): never on DOM quiet alone. Bounds are generous: the
// assertions are about what was seen and why observation ended, not about speed.
const OBSERVE = { stuckMs: 10_000, settleMs: 200 };
const alertScript = `document.forms[0].insertAdjacentHTML('afterbegin', ${JSON.stringify(`<div role="alert">${template}</div>`)});`;
const texts = (o: { timeline: { messages: { text: string }[] }[] }) => [...new Set(o.timeline.flatMap((s) => s.messages.map((m) => m.text)))];

/** Opens the product page served at http://product.test/ and observes it from the navigation on. */
async function observeProduct(page: Page) {
  const watcher = watchPage(page);
  await watcher.ready;
  const since = Date.now();
  await page.goto('http://product.test/');
  return watcher.observe(OBSERVE, since);
}

test('a success toast, then the product waits on its own slow request and shows an error: the error is seen', async ({ page }) => {
  await page.route('http://product.test/api/expenses', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await route.fulfill({ status: 502, body: '{}' });
  });
  await page.route('http://product.test/', (route) => route.fulfill({
    contentType: 'text/html',
    body: shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>', `fetch('/api/expenses', { method: 'POST' }).catch(() => {}).then(() => { ${alertScript} });`),
  }));
  const o = await observeProduct(page);
  expect(texts(o)).toEqual(['Expense saved.', template]);
  expect(o.ended).toBe('settled');
});

test('a success toast, then an error 1.6 s later from a timer: the pending timer holds the observer', async ({ page }) => {
  await page.route('http://product.test/', (route) => route.fulfill({
    contentType: 'text/html', body: shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>', `setTimeout(() => { ${alertScript} }, 1600);`),
  }));
  const o = await observeProduct(page);
  expect(texts(o)).toEqual(['Expense saved.', template]);
});

test('a provider call still in flight (the product calls it from its backend) holds the observer', async ({ page }) => {
  await page.setContent(shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>'));
  const watcher = watchPage(page);
  await watcher.ready;
  const since = Date.now();
  const endsAt = since + 1_000;
  const journal = (): JournalEntry[] => (Date.now() < endsAt ? [] : [{
    seq: 1, at: since + 10, provider: 'quickbooks', endpoint: 'POST /v3/company/{realmId}/purchase', method: 'POST', path: '/v3/company/1/purchase',
    query: {}, bodyDigest: 'x', fault: { kind: 'latency', index: 0 }, status: 200, durationMs: endsAt - since - 10, mutation: true, tookEffect: true,
  }]);
  const o = await watcher.observe({ ...OBSERVE, providerInFlight: () => (Date.now() < endsAt ? 1 : 0), journal }, since);
  expect(o.durationMs).toBeGreaterThanOrEqual(1_000 + OBSERVE.settleMs);
  expect(o.settledOn).toMatch(/no change, page request or provider call for \d+ ms/);
});

test('nothing pending: settles on the quiet period, without a fixed extra wait, and says why', async ({ page }) => {
  await page.setContent(shell(form(`<div role="alert">${template}</div>`, false)));
  const watcher = watchPage(page);
  await watcher.ready;
  const o = await watcher.observe(OBSERVE);
  expect(o.ended).toBe('settled');
  expect(o.settledOn).toContain('no timer or animation pending');
  expect(o.durationMs).toBeLessThan(OBSERVE.stuckMs);
});

test('a starved page (a loaded machine): a timer past its due time that has not run holds the stuck threshold until it runs', async ({ page }) => {
  // The page's clock stands in for a starved renderer: paused, its 300 ms "then show the error" timer falls
  // overdue without running; it runs when the clock resumes, 3.5 s after the action: past the 3 s stuck threshold, within twice it.
  const start = new Date('2026-01-01T00:00:00Z').getTime();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 10_000);
  await page.route('http://product.test/', (route) => route.fulfill({
    contentType: 'text/html',
    body: shell(`<div class="spinner" aria-label="Loading payees"></div>${form('', false)}`, `setTimeout(() => { document.querySelector('.spinner').remove(); ${alertScript} }, 300);`),
  }));
  const watcher = watchPage(page);
  await watcher.ready;
  const since = Date.now();
  await page.goto('http://product.test/');
  await page.clock.setSystemTime(start + 11_000);
  const resumed = new Promise((resolve) => setTimeout(resolve, Math.max(0, since + 3_500 - Date.now()))).then(() => page.clock.resume());
  const o = await watcher.observe({ stuckMs: 3_000, settleMs: 200 }, since);
  await resumed;
  expect(o.final.busy).toEqual([]);
  expect(texts(o)).toContain(template);
  expect(o.ended).toBe('settled');
});

test('a spinner held by a hung request: the observer waits for the page to change in long looks, and still sees each change as it comes', async ({ page }) => {
  // The product's own request never answers; its progress bar moves at 1.5 s and it shows its error at 3 s, the
  // bar staying throughout. Polled every 100 ms that is about 40 snapshots; the long look takes a few.
  await page.route('http://product.test/api/payees', () => {});
  await page.route('http://product.test/', (route) => route.fulfill({
    contentType: 'text/html',
    body: shell(`<div class="spinner" role="progressbar" aria-label="Loading payees" aria-valuenow="10"></div>${form('', false)}`,
      `fetch('/api/payees').catch(() => {}); setTimeout(() => { document.querySelector('.spinner').setAttribute('aria-valuenow', '60'); }, 1500); setTimeout(() => { ${alertScript} }, 3000);`),
  }));
  const watcher = watchPage(page);
  await watcher.ready;
  const since = Date.now();
  await page.goto('http://product.test/');
  const o = await watcher.observe({ stuckMs: 5_000, settleMs: 200 }, since);
  expect(o.ended).toBe('stuck-threshold');
  expect(o.timeline.some((s) => JSON.stringify(s.busy).includes('60') && !s.messages.some((m) => m.text === template))).toBe(true);
  expect(texts(o)).toContain(template);
  // Dated by the page's own clock when it changed, not by when the observer next looked.
  expect(o.timeToFeedbackMs).toBeGreaterThanOrEqual(3_000);
  expect(o.looks).toBeLessThan(25);
});
