import { expect, test } from 'vitest';

// The `consentry` entry brings its interface in with a dynamic import, only when it must show.
test('the ESM entry mounts its interface into a shadow host when the banner must show', async () => {
  const { createConsent } = await import('../../../src/index');
  const consent = createConsent();
  expect(consent.view).toBe('banner');
  await expect.poll(() => document.querySelector('consentry-root')?.shadowRoot?.childElementCount ?? 0).toBeGreaterThan(0);
  consent.acceptAll();
  consent.destroy();
});
