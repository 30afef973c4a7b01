// Shared by the gate-*.spec.ts files: what the demo pages' tagged scripts report, and the errors
// a gating test must not see.
import type { Page } from '@playwright/test';

/** What the tagged scripts on demo/gating.html and demo/gating-csp.html reported, in order. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { demoEvents: string[] }).demoEvents);

/**
 * Uncaught errors and console errors (Consentry reports its own there). The interface bundle's own
 * uncaught errors are left to its test suite: these tests are about what the loader does.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => !error.stack?.includes('/dist/consentry-ui.js') && errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}
