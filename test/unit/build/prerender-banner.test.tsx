import { afterEach, expect, test, vi } from 'vitest';
import banner from 'virtual:consentry/banner';
import { BANNER_KEYS } from '../../../src/ui/decisions';

// The island's markup is the component's: the build renders src/ui/ConsentInterface.tsx
// (scripts/prerender-banner.tsx), so changing the component changes what the island paints, and
// the markup the components later hydrate is the markup they would have rendered.

afterEach(() => {
  vi.doUnmock('../../../src/ui/PolicyText');
  vi.resetModules();
});

test('the shipped markup is what the build renders from the component now', async () => {
  const { prerenderBanner } = await import('../../../scripts/prerender-banner');
  expect(banner).toEqual(prerenderBanner());
  const [tag, attributes, layer] = banner.section as [string, Record<string, string>, [string, Record<string, string>]];
  expect([tag, attributes]).toEqual(['div', { class: 'root', lang: '%language%', dir: '%dir%' }]);
  expect(layer[0]).toBe('section');
  expect((banner.dialog as unknown as [string, object, [string]])[2][0]).toBe('dialog');
});

/** A PolicyText changed as a developer might change it: no link any more. */
function ChangedPolicyText({ text }: { text: string }) {
  return <p part="changed">{text}</p>;
}

test('a change to a component it renders changes the markup', async () => {
  vi.doMock('../../../src/ui/PolicyText', () => ({ PolicyText: ChangedPolicyText }));
  const { prerenderBanner } = await import('../../../scripts/prerender-banner');
  const changed = JSON.stringify(prerenderBanner().section);
  expect(changed).toContain('"part":"changed"');
  expect(changed).not.toContain('%policyLink%');
  expect(JSON.stringify(banner.section)).toContain('%policyLink%');
});

test('each text is a %key% the island fills in, never markup: the banner keys, in their order', () => {
  const keys = JSON.stringify(banner.section)
    .match(/%\w+%/g)!
    .map((key) => key.slice(1, -1));
  expect(keys.filter((key) => !['language', 'dir', 'position', 'policyUrl'].includes(key))).toEqual(BANNER_KEYS);
  expect(
    JSON.stringify(banner.dialog)
      .match(/%\w+%/g)!
      .map((key) => key.slice(1, -1)),
  ).toEqual(keys.filter((key) => key !== 'position'));
});
