import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Banner } from '../../../src/ui/Banner';
import { bannerTexts, decideOnBanner, decideShown } from '../../../src/ui/decisions';
import type { Wording } from '../../../src/ui/language';
import { Placeholder, placeholderTexts } from '../../../src/ui/Placeholder';
import { Preferences, preferencesTexts } from '../../../src/ui/Preferences';
import { en } from '../../../src/ui/strings/en';
import { Switch } from '../../../src/ui/Switch';
import { settingsOf } from '../consent-harness';

const wording: Wording = { language: 'en', dir: 'ltr', texts: { ...en } };
const CATEGORIES = ['functional', 'personalization', 'analytics'];

afterEach(cleanup);

function renderBanner(policyUrl: string | null = '/privacy', position: 'bottom' | 'bottom-left' | 'center' = 'bottom') {
  const handlers = { onDecide: vi.fn(), onManage: vi.fn(), onDismiss: vi.fn() };
  const texts = bannerTexts(wording, policyUrl);
  render(<Banner texts={texts} policyUrl={policyUrl} position={position} {...handlers} />);
  return { texts, ...handlers };
}

describe('Banner', () => {
  test('is a region labelled by its title, with the text, the policy link and three buttons', () => {
    renderBanner();
    const region = screen.getByRole('region', { name: en.bannerTitle });
    expect(region).toHaveProperty('dataset.position', 'bottom');
    expect(within(region).getByText(en.bannerBody, { exact: false })).toBeTruthy();
    expect(within(region).getByRole('link', { name: en.policyLink }).getAttribute('href')).toBe('/privacy');
    const buttons = within(region)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual([en.rejectAll, en.acceptAll, en.managePreferences]);
  });

  test('Reject all and Accept all share one class and one part name but their own', () => {
    renderBanner();
    const reject = screen.getByRole('button', { name: en.rejectAll });
    const accept = screen.getByRole('button', { name: en.acceptAll });
    expect(reject.className).toBe(accept.className);
    expect(reject.getAttribute('part')).toBe('button reject');
    expect(accept.getAttribute('part')).toBe('button accept');
  });

  test.each([
    [en.acceptAll, true],
    [en.rejectAll, false],
  ])('%s decides %s', (name, granted) => {
    const { onDecide, onManage } = renderBanner();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(onDecide).toHaveBeenCalledWith(granted);
    expect(onManage).not.toHaveBeenCalled();
  });

  test('Manage preferences asks for the preferences and decides nothing', () => {
    const { onDecide, onManage } = renderBanner();
    fireEvent.click(screen.getByRole('button', { name: en.managePreferences }));
    expect(onManage).toHaveBeenCalledOnce();
    expect(onDecide).not.toHaveBeenCalled();
  });

  test('without a policy URL there is no link, and the link text is not among the texts shown', () => {
    const { texts } = renderBanner(null);
    expect(screen.queryByRole('link')).toBeNull();
    expect(texts).not.toHaveProperty('policyLink');
  });

  test('bannerTexts lists exactly the strings on screen', () => {
    const { texts } = renderBanner();
    expect(Object.keys(texts)).toEqual(['bannerTitle', 'bannerBody', 'policyLink', 'rejectAll', 'acceptAll', 'managePreferences']);
    const region = screen.getByRole('region');
    for (const text of Object.values(texts)) expect(region.textContent).toContain(text);
  });

  test('the centre position is a modal dialog; closing it (Escape) only dismisses', () => {
    const { onDismiss, onDecide } = renderBanner('/privacy', 'center');
    const dialog = screen.getByRole('dialog', { name: en.bannerTitle }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    dialog.close();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(onDecide).not.toHaveBeenCalled();
  });

  test('configuration texts are plain text, never HTML', () => {
    const texts = { ...bannerTexts(wording, null), bannerBody: '<img src=x onerror="alert(1)"><b>bold</b>' };
    const { container } = render(<Banner texts={texts} policyUrl={null} position="bottom" onDecide={vi.fn()} onManage={vi.fn()} onDismiss={vi.fn()} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)"><b>bold</b>');
  });
});

describe('decisions', () => {
  test.each([
    [true, 'banner.accept_all'],
    [false, 'banner.reject_all'],
  ])('decideOnBanner(%s) records %s for every optional category, with the banner’s texts', (granted, method) => {
    const decide = vi.fn();
    const settings = settingsOf({ policyUrl: '/privacy', categories: { marketing: { label: 'Ads' } } });
    decideOnBanner({ settings, decide }, wording, granted);
    expect(decide).toHaveBeenCalledExactlyOnceWith(granted, method, {
      language: 'en',
      texts: bannerTexts(wording, '/privacy'),
    });
  });

  test('a banner decision without a policy records no policy link', () => {
    const decide = vi.fn();
    decideOnBanner({ settings: settingsOf({}), decide }, wording, false);
    expect(decide.mock.calls[0]![2].texts).not.toHaveProperty('policyLink');
  });

  test('decideShown records the language and exactly the texts given, nothing else (the receipts module hashes them)', () => {
    const decide = vi.fn();
    const german: Wording = { language: 'de-AT', dir: 'ltr', texts: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' } };
    decideShown({ settings: settingsOf({}), decide }, german, { analytics: true }, 'preferences.save', { acceptAll: 'Alle akzeptieren' });
    expect(decide).toHaveBeenCalledExactlyOnceWith({ analytics: true }, 'preferences.save', { language: 'de-AT', texts: { acceptAll: 'Alle akzeptieren' } });
  });
});

describe('Switch', () => {
  test('is a checkbox with role switch, named by its label and described by its description', () => {
    render(<Switch name="analytics" label="Analytics" description="Statistics." checked={false} onChange={vi.fn()} />);
    const input = screen.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement;
    expect(input.type).toBe('checkbox');
    expect(input.checked).toBe(false);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Statistics.');
    expect(input.closest('[data-state]')?.getAttribute('data-state')).toBe('off');
  });

  test('reports the new position when toggled, by the switch or by its label', () => {
    const onChange = vi.fn();
    render(<Switch name="analytics" label="Analytics" description={undefined} checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByText('Analytics'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('a locked switch is on, disabled, and shows its note', () => {
    render(<Switch name="necessary" label="Necessary" description={undefined} note="Always on" checked disabled />);
    const input = screen.getByRole('switch', { name: 'Necessary' }) as HTMLInputElement;
    expect(input.checked).toBe(true);
    expect(input.disabled).toBe(true);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByText('Always on')).toBeTruthy();
    expect(input.closest('[data-state]')?.getAttribute('data-state')).toBe('locked');
  });
});

describe('Preferences', () => {
  function renderPreferences(choices: Record<string, boolean> = { functional: false, personalization: true, analytics: false }) {
    const handlers = { onDecide: vi.fn(), onDismiss: vi.fn(), onToggle: vi.fn() };
    const texts = preferencesTexts(wording, CATEGORIES, '/privacy');
    render(<Preferences texts={texts} categories={CATEGORIES} choices={choices} policyUrl="/privacy" {...handlers} />);
    return { texts, ...handlers };
  }

  test('is an open modal dialog labelled by its title', () => {
    renderPreferences();
    const dialog = screen.getByRole('dialog', { name: en.preferencesTitle }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe(dialog.querySelector('h2')!.id);
  });

  test('lists necessary (on, locked) and then one switch per category at its draft position', () => {
    renderPreferences();
    const switches = screen.getAllByRole('switch') as HTMLInputElement[];
    expect(switches.map((input) => [input.id, input.checked, input.disabled])).toEqual([
      ['consentry-category-necessary', true, true],
      ['consentry-category-functional', false, false],
      ['consentry-category-personalization', true, false],
      ['consentry-category-analytics', false, false],
    ]);
    for (const name of ['necessary', ...CATEGORIES]) {
      expect(screen.getByText(en[`category.${name}.description` as keyof typeof en])).toBeTruthy();
    }
  });

  test('toggling a switch reports it and decides nothing', () => {
    const { onToggle, onDecide } = renderPreferences();
    fireEvent.click(screen.getByRole('switch', { name: en['category.analytics.label'] }));
    expect(onToggle).toHaveBeenCalledWith('analytics', true);
    expect(onDecide).not.toHaveBeenCalled();
  });

  test.each([
    [en.savePreferences, { functional: false, personalization: true, analytics: false }, 'preferences.save'],
    [en.acceptAll, { functional: true, personalization: true, analytics: true }, 'preferences.accept_all'],
    [en.rejectAll, { functional: false, personalization: false, analytics: false }, 'preferences.reject_all'],
  ])('%s decides with its own method', (name, choices, method) => {
    const { onDecide } = renderPreferences();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(onDecide).toHaveBeenCalledWith(choices, method);
  });

  test('the close button and closing the dialog (Escape) only dismiss', () => {
    const { onDismiss, onDecide } = renderPreferences();
    fireEvent.click(screen.getByRole('button', { name: en.close }));
    (screen.getByRole('dialog') as HTMLDialogElement).close();
    expect(onDismiss).toHaveBeenCalledTimes(2);
    expect(onDecide).not.toHaveBeenCalled();
  });

  test('tells the visitor that their browser’s GPC signal refused, when that is the decision', () => {
    const handlers = { onDecide: vi.fn(), onDismiss: vi.fn(), onToggle: vi.fn() };
    const texts = preferencesTexts(wording, CATEGORIES, '/privacy', true);
    expect(texts.gpcApplied).toBe(en.gpcApplied);
    render(<Preferences texts={texts} categories={CATEGORIES} choices={{}} policyUrl="/privacy" {...handlers} />);
    const note = screen.getByText(en.gpcApplied);
    expect(note.getAttribute('part')).toBe('text gpc');
    // After the dialog's text, before the switches.
    expect(note.previousElementSibling?.textContent).toContain(en.preferencesBody);
  });

  test('says nothing of GPC otherwise', () => {
    const { texts } = renderPreferences();
    expect(texts).not.toHaveProperty('gpcApplied');
    expect(preferencesTexts(wording, CATEGORIES, '/privacy', false)).toEqual(texts);
    expect(screen.queryByText(en.gpcApplied)).toBeNull();
    expect(document.querySelector('[part~=gpc]')).toBeNull();
  });

  test('preferencesTexts lists exactly the strings on screen, category texts under their keys', () => {
    const { texts } = renderPreferences();
    expect(texts).toMatchObject({ 'category.analytics.label': en['category.analytics.label'], 'category.necessary.description': en['category.necessary.description'] });
    const dialog = screen.getByRole('dialog');
    for (const [key, text] of Object.entries(texts)) {
      // The close button's text is its accessible name.
      if (key === 'close') expect(screen.getByRole('button', { name: text })).toBeTruthy();
      else expect(dialog.textContent, key).toContain(text);
    }
  });
});

describe('Placeholder', () => {
  test('names the categories in the language and allows them with one button', () => {
    const texts = placeholderTexts(wording, ['personalization', 'analytics']);
    expect(texts.placeholderText).toBe('This content is blocked. To view it, allow cookies for: Personalization and Analytics.');
    const onAllow = vi.fn();
    render(<Placeholder texts={texts} onAllow={onAllow} />);
    expect(screen.getByText(texts.placeholderText!)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.placeholderAllow }));
    expect(onAllow).toHaveBeenCalledOnce();
  });

  test('lists categories with the conjunction of the visitor language', () => {
    const german: Wording = { language: 'de', dir: 'ltr', texts: { ...en, 'category.functional.label': 'Funktional', 'category.analytics.label': 'Statistik' } };
    expect(placeholderTexts(german, ['functional', 'analytics']).placeholderText).toContain('Funktional und Statistik');
  });

  test('shows labels literally, replacement patterns ($&, $1, $$, $`) included', () => {
    const label = "Ads $& $1 $$ $` $' co";
    const site: Wording = { ...wording, texts: { ...wording.texts, 'category.analytics.label': label } };
    expect(placeholderTexts(site, ['analytics']).placeholderText).toBe(`This content is blocked. To view it, allow cookies for: ${label}.`);
  });
});
