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

/** watchErrors, plus the CSP violations the page reports (as "CSP <directive>: <blocked URI>"). */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems = watchErrors(page);
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`CSP ${event.violatedDirective}: ${event.blockedURI}`),
    ),
  );
  return problems;
}
