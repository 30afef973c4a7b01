import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { normaliseConfig } from '../../../src/model/config';
import { applyInterfaceOptions } from '../../../src/ui/interface-options';

// The options only the interface reads travel unchecked from the loader's normaliseConfig to
// applyInterfaceOptions, which the interface runs when it loads (config.test.ts covers each
// invalid option's message through both).
let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

const normalise = (...configs: unknown[]) => normaliseConfig(configs.map((config, index) => ({ from: `source ${index}`, config })));

describe('options only the interface reads', () => {
  test('the loader neither checks nor applies them; the interface reports each bad one once, however often it applies them', () => {
    const settings = normalise({ lang: 'English!', texts: { en: { acceptAll: 1 } }, ui: { theme: 'blue', position: 'center' } });
    expect(errors).not.toHaveBeenCalled();
    expect(settings).toMatchObject({ lang: 'auto', texts: {}, ui: { position: 'bottom', theme: 'auto' } });

    applyInterfaceOptions(settings);
    applyInterfaceOptions(settings);
    expect(errors.mock.calls.map(([message]) => String(message).match(/invalid option (\S+) = .* in source 0/)?.[1])).toEqual(['lang', 'texts.en.acceptAll', 'ui.theme']);
    expect(settings).toMatchObject({ lang: 'auto', texts: {}, ui: { position: 'center', theme: 'auto' } });
  });

  test('they apply in source order: a later valid value wins, a later invalid one keeps the earlier', () => {
    const settings = normalise(
      { lang: 'de', ui: { theme: 'dark' }, categories: { analytics: { label: 'Stats' } } },
      { lang: 'bg', ui: { theme: 'neon' }, categories: { analytics: { label: { en: 'Statistics' }, description: 7 } } },
    );
    applyInterfaceOptions(settings);
    expect(settings).toMatchObject({ lang: 'bg', ui: { theme: 'dark' } });
    expect(settings.categories.find(({ name }) => name === 'analytics')).toEqual({ name: 'analytics', label: { en: 'Statistics' }, cookies: [], services: [] });
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('invalid option ui.theme = "neon" in source 1'),
      expect.stringContaining('invalid option categories.analytics.description = 7 in source 1; expected a string or { language: string }'),
    ]);
  });

  test('a label never reaches a category the configuration removed, nor comes from a definition the loader refused', () => {
    const settings = normalise({ categories: { marketing: { label: 'Ads' }, personalization: { label: 'Yours', scripts: [] } } }, { categories: { marketing: false } });
    applyInterfaceOptions(settings);
    expect(settings.categories.map(({ name }) => name)).toEqual(['functional', 'personalization', 'analytics']);
    expect(settings.categories.every((category) => category.label === undefined)).toBe(true);
    // One error, the loader's, for the unknown key; the refused definition's label is not applied.
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('invalid option categories.personalization.scripts');
  });

  test('a misspelt option is still unknown to the loader, which names the interface options among the known ones', () => {
    normalise({ language: 'de' });
    expect(String(errors.mock.calls[0]![0])).toMatch(/invalid option language = "de" in source 0; expected a known option: .*lang,texts,ui\.position,ui\.theme, categories/);
  });
});
