import type { Page } from '@playwright/test';

/**
 * Collects a page's uncaught errors and console errors (Consentry reports its own mistakes there),
 * so a test can assert there were none.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
