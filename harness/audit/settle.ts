import type { Page } from '@playwright/test';

/**
 * Waits until a flow's aftermath is over: the page's network is idle and no provider call is in flight for
 * `quietMs`, at most `maxMs` (a product that polls forever still gets inventoried).
 */
export async function settleAfterFlow(page: Page, inFlight: () => number, quietMs = 500, maxMs = 10_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  await page.waitForLoadState('networkidle', { timeout: maxMs }).catch(() => undefined);
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(50);
  }
}
