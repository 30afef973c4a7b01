import { expect, test, type Page } from '@playwright/test';
import { events, expectStrictPageScriptsAfterAcceptAll } from './gate-page';
import { watchProblems } from './page-errors';

// demo/gating-trusted-types.html: the strict nonce CSP plus `require-trusted-types-for 'script'`,
// under which the DOM throws on a plain string assigned as script text or a script's src.

/** Serves the page with its CSP's `trusted-types` directive replaced by `directive`. */
async function allowPolicies(page: Page, directive: string): Promise<void> {
  await page.route('**/gating-trusted-types.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('trusted-types consentry', directive);
    await route.fulfill({ response, body: html });
  });
}

test('tagged inline and external scripts run through the "consentry" policy, without an error or a violation', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('/gating-trusted-types.html');
  expect(await page.evaluate(() => 'trustedTypes' in window)).toBe(true);
  await expectStrictPageScriptsAfterAcceptAll(page);
  expect(problems).toEqual([]);
});

test('when the CSP does not allow the policy, the scripts stay blocked and Consentry reports it, throwing nothing', async ({ page }) => {
  const problems = await watchProblems(page);
  const thrown: string[] = [];
  page.on('pageerror', (error) => thrown.push(String(error)));
  await allowPolicies(page, "trusted-types 'none'");
  await page.goto('/gating-trusted-types.html');
  // The decision itself goes through: only the activation is refused.
  await page.evaluate(() => window.Consentry!.acceptAll());
  expect(await page.evaluate(() => window.Consentry!.allowed('analytics'))).toBe(true);
  // One report per script that stays blocked: the external one and the two inline ones.
  await expect
    .poll(() => problems.filter((problem) => problem.startsWith('Consentry: ')))
    .toEqual([
      expect.stringMatching(/TrustedScriptURL.*trusted-types consentry/),
      expect.stringMatching(/TrustedScript'.*trusted-types consentry/),
      expect.stringMatching(/TrustedScript'.*trusted-types consentry/),
    ]);
  // The browser reports each refusal itself (console and securitypolicyviolation); nothing throws.
  expect(thrown).toEqual([]);
  expect(problems.filter((problem) => problem.startsWith('CSP ')).sort()).toEqual([
    'CSP require-trusted-types-for: trusted-types-sink',
    'CSP require-trusted-types-for: trusted-types-sink',
    'CSP require-trusted-types-for: trusted-types-sink',
    'CSP trusted-types: trusted-types-policy',
  ]);
  expect(await events(page)).toEqual([]);
  expect(await page.locator('script[type="text/plain"][data-category]').count()).toBe(3);
});
