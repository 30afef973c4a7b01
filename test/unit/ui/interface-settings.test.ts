import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { normaliseConfig } from '../../../src/model/config';
import { interfaceSettings } from '../../../src/ui/interface-settings';
import { presentationOf } from '../../../src/ui/presentation';

// The options only the interface reads travel unchecked from the loader's normaliseConfig to
// interfaceSettings, which the island runs when it loads, and the categories' presentation to
// presentationOf, which the components run when they load (config.test.ts covers each invalid
// option's message through all three).
let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

const normalise = (...configs: unknown[]) => normaliseConfig(configs.map((config, index) => ({ from: `source ${index}`, config })));

describe('options only the interface reads', () => {
  test('the loader neither checks nor keeps them; the interface reports each bad one once, however often it asks', () => {
    const settings = normalise({ lang: 'English!', texts: { en: { acceptAll: 1 } }, ui: { theme: 'blue', position: 'center' } });
    expect(errors).not.toHaveBeenCalled();
    expect(settings.ui).toEqual({ reopenButton: false });
    expect(Object.isFrozen(settings.interfaceOptions)).toBe(true);

    const first = interfaceSettings(settings);
    expect(interfaceSettings(settings)).toBe(first);
    expect(errors.mock.calls.map(([message]) => String(message).match(/invalid option (\S+) = .* in source 0/)?.[1])).toEqual(['lang', 'texts.en.acceptAll', 'ui.theme']);
    expect(first).toEqual({ lang: 'auto', texts: {}, position: 'center', theme: 'auto' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.texts)).toBe(true);
  });

  test('they apply in source order: a later valid value wins, a later invalid one keeps the earlier', () => {
    const settings = normalise(
      { lang: 'de', ui: { theme: 'dark' }, categories: { analytics: { label: 'Stats' } } },
      { lang: 'bg', ui: { theme: 'neon' }, categories: { analytics: { label: { en: 'Statistics' }, description: 7 } } },
    );
    expect(interfaceSettings(settings)).toMatchObject({ lang: 'bg', theme: 'dark' });
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([expect.stringContaining('invalid option ui.theme = "neon" in source 1')]);
    // The categories' texts are the components' to check, when they load.
    expect(presentationOf(settings)).toEqual({ analytics: { label: { en: 'Statistics' } } });
    expect(errors.mock.calls.slice(1).map(([message]) => String(message))).toEqual([
      expect.stringContaining('invalid option categories.analytics.description = 7 in source 1; expected a string or { language: string }'),
    ]);
  });

  test('the categories’ presentation is checked once per settings object, however many components ask, and frozen', () => {
    const settings = normalise({ categories: { analytics: { label: 7, description: 'Visits', services: { ga4: { label: 'Google Analytics' } } } } });
    const first = presentationOf(settings);
    expect(presentationOf(settings)).toBe(first);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ analytics: { description: 'Visits' }, ga4: { label: 'Google Analytics' } });
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.analytics)).toBe(true);
  });

  test('a label never reaches a category the configuration removed, nor comes from a definition the loader refused', () => {
    const settings = normalise({ categories: { marketing: { label: 'Ads' }, personalization: { label: 'Yours', scripts: [] } } }, { categories: { marketing: false } });
    expect(settings.categories.map(({ name }) => name)).toEqual(['functional', 'personalization', 'analytics']);
    interfaceSettings(settings);
    expect(presentationOf(settings)).toEqual({});
    // One error, the loader's, for the unknown key; the refused definition's label is not applied.
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('invalid option categories.personalization.scripts');
  });

  test('a misspelt option is still unknown to the loader, which names the interface options among the known ones', () => {
    normalise({ language: 'de' });
    expect(String(errors.mock.calls[0]![0])).toMatch(/invalid option language = "de" in source 0; expected a known option: .*lang,texts,ui\.position,ui\.theme, categories/);
  });
});
