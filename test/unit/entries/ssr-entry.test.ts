// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { expect, test, vi } from 'vitest';

// An app that creates its instance at module top level runs that code on the server too.
// With no document, the `consentry` entry must neither load nor mount its interface; the instance
// keeps working on state alone.
const uiImported = vi.fn();
vi.mock('../../../src/ui/island', () => {
  uiImported();
  return { mountUI: () => () => {}, mountPlaceholder: () => () => {} };
});

test('createConsent from `consentry` without a document loads no interface and stays usable', async () => {
  expect(typeof document).toBe('undefined');
  const { createConsent } = await import('../../../src/index');
  const consent = createConsent({ revision: 'ssr' });
  consent.showPreferences();
  await vi.dynamicImportSettled();
  expect(uiImported).not.toHaveBeenCalled();
  consent.set({ analytics: true });
  expect(consent.allowed('analytics')).toBe(true);
  expect(consent.state.decided).toBe(true);
  consent.destroy();
});

test('the built `consentry` entry runs in plain Node: nothing thrown, nothing reported', () => {
  // A separate process: an unhandled rejection from a lazily imported interface would exit 1.
  const script = `import { createConsent } from 'consentry';
    const consent = createConsent();
    consent.showBanner();
    consent.rejectAll();
    process.stdout.write(JSON.stringify(consent.state.categories));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '--unhandled-rejections=strict', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(JSON.parse(output)).toEqual({ necessary: true, functional: false, personalization: false, analytics: false });
});
