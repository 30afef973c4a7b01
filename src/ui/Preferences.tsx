import { NECESSARY } from '../model/decision';
import type { Method } from '../model/decision';
import { pickTexts, type Wording } from './language';
import { openModal } from './top-layer';
import { PolicyText } from './PolicyText';
import { Switch } from './Switch';

/**
 * The texts the preferences dialog shows, exactly as rendered: what a decision made in it records.
 * `categories` are the optional ones; `necessary` is always listed first.
 */
export function preferencesTexts(wording: Wording, categories: string[], policyUrl: string | null): Record<string, string> {
  const link = policyUrl ? ['policyLink'] : [];
  const perCategory = [NECESSARY, ...categories].flatMap((name) => [`category.${name}.label`, `category.${name}.description`]);
  return pickTexts(wording, [
    'preferencesTitle',
    'close',
    'preferencesBody',
    ...link,
    'alwaysOn',
    ...perCategory,
    'rejectAll',
    'acceptAll',
    'savePreferences',
  ]);
}

export interface PreferencesProps {
  texts: Record<string, string>;
  /** The optional categories, in the configured order. */
  categories: string[];
  /** The switches' positions: a draft that starts from the stored decision, or all off (SPEC §3). */
  choices: Record<string, boolean>;
  onToggle(category: string, granted: boolean): void;
  policyUrl: string | null;
  onDecide(choices: Record<string, boolean>, method: Method): void;
  /** Closed by the close button or Escape, without a choice. */
  onDismiss(): void;
}

/**
 * The preferences dialog (SPEC §4), a native modal <dialog>: the browser contains focus in it and
 * closes it on Escape. Switch positions are a draft until Save; closing discards them, because
 * only a positive act records a decision (SPEC §3; CNIL: silence is refusal).
 */
export function Preferences({ texts, categories, choices, onToggle, policyUrl, onDecide, onDismiss }: PreferencesProps) {
  const everything = (granted: boolean) => Object.fromEntries(categories.map((name) => [name, granted]));
  const category = (name: string) => ({
    name,
    label: texts[`category.${name}.label`]!,
    description: texts[`category.${name}.description`],
  });
  return (
    <dialog ref={openModal} class="dialog" part="dialog" aria-labelledby="consentry-preferences-title" onClose={onDismiss}>
      <div class="dialog-header">
        <h2 id="consentry-preferences-title" class="title" part="title">
          {texts.preferencesTitle}
        </h2>
        <button type="button" class="close" part="close" aria-label={texts.close} onClick={onDismiss}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <div class="dialog-body">
        <PolicyText text={texts.preferencesBody} link={texts.policyLink} href={policyUrl} />
        <Switch {...category(NECESSARY)} note={texts.alwaysOn} checked disabled />
        {categories.map((name) => (
          <Switch
            key={name}
            {...category(name)}
            checked={choices[name] === true}
            onChange={(checked) => onToggle(name, checked)}
          />
        ))}
      </div>
      <div class="dialog-footer actions" part="actions">
        <button type="button" class="button" part="button reject" onClick={() => onDecide(everything(false), 'preferences.reject_all')}>
          {texts.rejectAll}
        </button>
        <button type="button" class="button" part="button accept" onClick={() => onDecide(everything(true), 'preferences.accept_all')}>
          {texts.acceptAll}
        </button>
        <button type="button" class="button" part="button save" onClick={() => onDecide(choices, 'preferences.save')}>
          {texts.savePreferences}
        </button>
      </div>
    </dialog>
  );
}
