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

/**
 * Adds script text by the one way Trusted Types never check (a Text node: the browser runs no
 * `text/plain` script, so none judges its text): a tagged script made at runtime, and text
 * appended to the markup's last tagged script. Returns nothing; the tags report what runs.
 */
const addUncheckedText = (page: Page, texts: string[]) =>
  page.evaluate((texts) => {
    const tags = document.querySelectorAll('script[type="text/plain"]');
    tags[tags.length - 1]!.append(`;demoLog(${JSON.stringify(texts[0])})`);
    for (const text of texts.slice(1)) {
      const added = document.createElement('script');
      added.type = 'text/plain';
      added.dataset.category = 'analytics';
      added.append(`demoLog(${JSON.stringify(text)})`);
      document.querySelector('main')!.append(added);
    }
  }, texts);

test('script text added after start-up never goes through the "consentry" policy: it stays blocked, reported', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('/gating-trusted-types.html');
  await addUncheckedText(page, ['appended text ran', 'a runtime tag ran']);
  await page.evaluate(() => window.Consentry!.acceptAll());
  // One report per script that stays blocked, after the scripts before them ran.
  await expect
    .poll(() => problems.filter((problem) => problem.startsWith('Consentry: ')))
    .toEqual([expect.stringMatching(/TrustedScript'.*a default policy for script text added later/), expect.stringMatching(/TrustedScript'.*a default policy/)]);
  expect(await events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view (own nonce)']);
});

test("script text added after start-up runs when the site's default policy passes it, as any script made at runtime", async ({ page }) => {
  await allowPolicies(page, 'trusted-types consentry default');
  await page.addInitScript(() => {
    const { trustedTypes } = window as unknown as { trustedTypes: { createPolicy(name: string, rules: { createScript(text: string): string | null }): unknown } };
    trustedTypes.createPolicy('default', { createScript: (text) => (text.includes('vetted') ? text : null) });
  });
  const problems = await watchProblems(page);
  await page.goto('/gating-trusted-types.html');
  await addUncheckedText(page, ['appended text ran', 'a vetted runtime tag ran']);
  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect.poll(() => problems.filter((problem) => problem.startsWith('Consentry: '))).toHaveLength(1);
  expect(await events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view (own nonce)', 'a vetted runtime tag ran']);
});
