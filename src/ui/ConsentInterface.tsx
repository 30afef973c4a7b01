import type { Signal } from '@preact/signals';
import type { Consent, ConsentInternals } from '../model/consent';
import { applyChoices } from '../model/choices';
import { Banner } from './Banner';
import { bannerTexts, decideOnBanner, decideShown } from './decisions';
import type { InterfaceSettings } from './interface-settings';
import type { Wording } from './language';
import { Preferences, preferencesTexts } from './Preferences';
import { openPopover } from './top-layer';

export interface ConsentInterfaceProps {
  consent: Consent;
  internals: ConsentInternals;
  /** The interface's own settings (its position, for the banner). */
  ui: Pick<InterfaceSettings, 'position'>;
  wording: Wording;
  /** The preferences' switch positions while they are open (a draft until saved). */
  choices: Signal<Record<string, boolean>>;
}

/**
 * Everything the visitor sees of one consent instance, drawn from the instance's signals
 * (`consent.signals.view` and `.state`): reading them here is what re-renders it, whoever
 * decides (a button here, the page's own `Consentry.rejectAll()`, another tab's choice on the
 * next page). It shows
 * - the banner while asked, and behind the preferences while no decision exists, so that closing
 *   them returns to it;
 * - the preferences dialog;
 * - with `ui.reopenButton`, a floating button once a decision exists (hidden while a layer shows,
 *   so that focus can return to it).
 */
export function ConsentInterface({ consent, internals, ui, wording, choices }: ConsentInterfaceProps) {
  const view = consent.signals.view.value;
  const state = consent.signals.state.value;
  const { settings } = internals;
  const categories = settings.categories.map((category) => category.name);
  // A visitor whose browser's GPC signal refused for them is told so where they can change it.
  const preferences = preferencesTexts(wording, categories, settings.policyUrl, state.method === 'gpc');
  // Closing records nothing (SPEC §3): a visitor without a decision goes back to the banner. Both
  // handlers check the view first, as a dialog removed after a decision may still report `close`.
  const closePreferences = () => {
    if (consent.view === 'preferences') consent.state.decided ? consent.hide() : consent.showBanner();
  };
  const closeBanner = () => {
    if (consent.view === 'banner') consent.hide();
  };
  return (
    <div class="root" lang={wording.language} dir={wording.dir}>
      {(view === 'banner' || (view === 'preferences' && !state.decided)) && (
        <Banner
          texts={bannerTexts(wording, settings.policyUrl)}
          policyUrl={settings.policyUrl}
          position={ui.position}
          onDecide={(granted) => decideOnBanner(internals, wording, granted)}
          onManage={() => consent.showPreferences()}
          onDismiss={closeBanner}
        />
      )}
      {view === 'preferences' && (
        <Preferences
          texts={preferences}
          categories={categories}
          services={Object.fromEntries(settings.categories.map(({ name, services }) => [name, services.map((service) => service.name)]))}
          choices={choices.value}
          // SPEC §9: the draft combines a category's switch and its services' as a decision would.
          onToggle={(name, granted) => (choices.value = applyChoices(settings.categories, choices.value, { [name]: granted }))}
          policyUrl={settings.policyUrl}
          onDecide={(decision, method) => decideShown(internals, wording, decision, method, preferences)}
          onDismiss={closePreferences}
        />
      )}
      {settings.ui.reopenButton && state.decided && (
        <button
          type="button"
          class="button reopen"
          part="reopen"
          popover="manual"
          ref={openPopover}
          hidden={view !== null}
          aria-label={wording.texts.preferencesTitle}
          title={wording.texts.preferencesTitle}
          onClick={() => consent.showPreferences()}
        >
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 4 3 3 0 0 0 5 5zM8.5 9.5h.01M14 15h.01M8.5 15.5h.01" />
          </svg>
        </button>
      )}
    </div>
  );
}
