import { afterEach, expect, test, vi } from 'vitest';
import { createConsent } from '../../../src/index';
import { resetPage } from '../consent-harness';

// Hot reload: the README's recipe destroys the previous instance and creates a new one
// when Vite re-runs the module. Whatever the old one was doing (its interface still loading, or
// shown), only the new one's interface may remain, and the old one must not react any more.
afterEach(resetPage);

test('an instance destroyed while its interface loads, then replaced, leaves one interface', async () => {
  const first = createConsent();
  first.destroy();
  const second = createConsent();
  await vi.dynamicImportSettled();
  await expect.poll(() => document.querySelector('consentry-root')?.shadowRoot?.childElementCount ?? 0).toBeGreaterThan(0);
  expect(document.querySelectorAll('consentry-root')).toHaveLength(1);
  second.destroy();
  // The interface is removed once its module's mount has settled (a microtask away).
  await expect.poll(() => document.querySelectorAll('consentry-root').length).toBe(0);
});

test('a destroyed instance ignores [data-consentry-open] clicks and hears no decisions', async () => {
  const old = createConsent();
  await expect.poll(() => document.querySelectorAll('consentry-root').length).toBe(1);
  const heard = vi.fn();
  old.on('change', heard);
  old.destroy();
  const current = createConsent();
  const opener = document.createElement('button');
  opener.setAttribute('data-consentry-open', '');
  document.body.append(opener);
  opener.click();
  expect(old.view).toBe(null);
  expect(current.view).toBe('preferences');
  current.acceptAll();
  expect(heard).not.toHaveBeenCalled();
  await vi.dynamicImportSettled();
  expect(document.querySelectorAll('consentry-root')).toHaveLength(1);
  current.destroy();
});
