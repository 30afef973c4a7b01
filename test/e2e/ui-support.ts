import type { Locator, Page } from '@playwright/test';

// Shared by the ui-*.spec.ts suites. Playwright's CSS and role locators pierce open shadow roots,
// so these reach into <consentry-root> the way a visitor's assistive technology does.

/** The built-in English texts the suites look for (src/ui/strings/en.ts). */
export { en } from '../../src/ui/strings/en';

export const banner = (page: Page): Locator => page.locator('consentry-root [part~=banner]');
export const preferences = (page: Page): Locator => page.getByRole('dialog', { name: 'Cookie preferences' });
export const inBanner = (page: Page, name: string): Locator => banner(page).getByRole('button', { name, exact: true });
export const inPreferences = (page: Page, name: string): Locator => preferences(page).getByRole('button', { name, exact: true });

export const state = (page: Page) => page.evaluate(() => window.Consentry!.state);
export const view = (page: Page) => page.evaluate(() => window.Consentry!.view);

/** The consentry cookie's value, or undefined: "nothing recorded" means no cookie at all. */
export async function storedChoice(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'consentry')?.value;
}

/** Describes the focused element, looking into shadow roots: `switch <category>`, else its name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return 'body';
    if (element.getAttribute('role') === 'switch') return `switch ${element.id.replace('consentry-category-', '')}`;
    return element.getAttribute('aria-label') ?? element.textContent!.trim();
  });
}

/** The UI files the page requested (consentry-ui.js and its language chunks), by file name. */
export function watchUiRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop()!;
    if (file.startsWith('consentry-ui')) files.push(file);
  });
  return files;
}

/** Serves `path` with its HTML passed through `edit` (the demo pages stay as they are on disk). */
export async function editPage(page: Page, path: string, edit: (html: string) => string): Promise<void> {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}
