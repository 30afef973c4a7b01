// Shared by the gate-*.spec.ts files: what the demo pages' tagged scripts report.
import { expect, type Page } from '@playwright/test';

/** What the tagged scripts on the demo gating pages reported, in order. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { demoEvents: string[] }).demoEvents);

/**
 * On demo/gating-csp.html and demo/gating-trusted-types.html (the same tagged scripts under two
 * policies): Accept all runs the three tagged scripts in document order, and after a reload the
 * stored decision runs them again.
 */
export async function expectStrictPageScriptsAfterAcceptAll(page: Page): Promise<void> {
  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect
    .poll(() => events(page))
    .toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view (own nonce)', 'analytics: an inline script without a nonce ran with the shared one']);
  await page.reload();
  await expect.poll(() => events(page)).toHaveLength(3);
}
