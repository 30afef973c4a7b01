import { everyChoice } from '../model/choices';
import { NECESSARY } from '../model/decision';
import type { Method } from '../model/decision';
import { useSignal } from '@preact/signals';
import { COOKIE_FIELDS } from './presentation';
import { pickTexts, type Wording } from './language';
import { openModal } from './top-layer';
import { PolicyText } from './PolicyText';
import { Switch } from './Switch';

/**
 * The texts the preferences dialog shows, exactly as rendered: what a decision made in it records.
 * `categories` are the optional ones; `necessary` is always listed first.
 */
export function preferencesTexts(wording: Wording, categories: string[], policyUrl: string | null, gpcApplied = false): Record<string, string> {
  const link = policyUrl ? ['policyLink'] : [];
  const gpc = gpcApplied ? ['gpcApplied'] : [];
  const perCategory = [NECESSARY, ...categories].flatMap((name) => [`category.${name}.label`, `category.${name}.description`]);
  // Services and declared cookies (SPEC §9): the wording holds those of the configured ones only.
  const declared = Object.keys(wording.texts).filter((key) => /^(service|cookie)\./.test(key));
  const details = declared.length ? ['servicesAndCookies'] : [];
  const table = declared.some((key) => key.startsWith('cookie.')) ? COOKIE_FIELDS.map(headerKey) : [];
  return pickTexts(wording, [
    'preferencesTitle',
    'close',
    'preferencesBody',
    ...link,
    ...gpc,
    'alwaysOn',
    ...perCategory,
    ...declared,
    ...details,
    ...table,
    'rejectAll',
    'acceptAll',
    'savePreferences',
  ]);
}

export interface PreferencesProps {
  texts: Record<string, string>;
  /** The optional categories, in the configured order. */
  categories: string[];
  /** Each category's services (SPEC §9), in the configured order; a category without any may be absent. */
  services?: Record<string, string[]>;
  /** The switches' positions, categories' and services': a draft that starts from the stored decision, or all off (SPEC §3). */
  choices: Record<string, boolean>;
  onToggle(name: string, granted: boolean): void;
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
export function Preferences({ texts, categories, services = {}, choices, onToggle, policyUrl, onDecide, onDismiss }: PreferencesProps) {
  const category = (name: string) => entry(texts, 'category', name);
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
        {texts.gpcApplied && (
          <p class="note" part="text gpc">
            {texts.gpcApplied}
          </p>
        )}
        <Switch {...category(NECESSARY)} note={texts.alwaysOn} checked disabled />
        {categories.map((name) => {
          const own = services[name] ?? [];
          const granted = own.filter((service) => choices[service]).length;
          return (
            <Switch key={name} {...category(name)} checked={choices[name] === true} mixed={granted > 0 && granted < own.length} onChange={(checked) => onToggle(name, checked)}>
              <Details texts={texts} name={name} services={own} choices={choices} onToggle={onToggle} />
            </Switch>
          );
        })}
      </div>
      <div class="dialog-footer actions" part="actions">
        <button type="button" class="button" part="button reject" onClick={() => onDecide(everyChoice(categories, false), 'preferences.reject_all')}>
          {texts.rejectAll}
        </button>
        <button type="button" class="button" part="button accept" onClick={() => onDecide(everyChoice(categories, true), 'preferences.accept_all')}>
          {texts.acceptAll}
        </button>
        <button type="button" class="button" part="button save" onClick={() => onDecide(choices, 'preferences.save')}>
          {texts.savePreferences}
        </button>
      </div>
    </dialog>
  );
}

/** A category's or service's label and description, as its switch shows them. */
function entry(texts: Record<string, string>, kind: 'category' | 'service', name: string) {
  return { name, label: texts[`${kind}.${name}.label`]!, description: texts[`${kind}.${name}.description`] };
}

/** The key of a cookie table's column header: `cookieName`, `cookieProvider`… */
const headerKey = (field: string) => 'cookie' + field[0]!.toUpperCase() + field.slice(1);

interface DetailsProps {
  texts: Record<string, string>;
  /** The category. */
  name: string;
  services: string[];
  choices: Record<string, boolean>;
  onToggle(name: string, granted: boolean): void;
}

/**
 * A category's services, each with its switch, and the cookies it and they declare (SPEC §9),
 * behind a disclosure button (aria-expanded) so the first view of the dialog stays short. Nothing
 * when the category declares neither.
 */
function Details({ texts, name, services, choices, onToggle }: DetailsProps) {
  const open = useSignal(false);
  if (!services.length && !texts[`cookie.${name}.0.name`]) return null;
  const id = `consentry-details-${name}`;
  return (
    <>
      <button
        type="button"
        class="disclosure"
        part="disclosure"
        aria-expanded={open.value}
        aria-controls={id}
        aria-describedby={`consentry-category-${name}-label`}
        onClick={() => (open.value = !open.value)}
      >
        {texts.servicesAndCookies}
      </button>
      <div id={id} class="details" part="details" hidden={!open.value}>
        <CookieTable texts={texts} owner={name} />
        {services.map((service) => (
          <Switch key={service} {...entry(texts, 'service', service)} checked={choices[service] === true} onChange={(checked) => onToggle(service, checked)}>
            <CookieTable texts={texts} owner={service} />
          </Switch>
        ))}
      </div>
    </>
  );
}

/**
 * The cookies a category or service declares (SPEC §9), one row each, the name as the row's
 * header; the texts are the wording's `cookie.<owner>.<index>.<field>`, which the notice hash covers.
 */
function CookieTable({ texts, owner }: { texts: Record<string, string>; owner: string }) {
  const rows: string[] = [];
  for (let index = 0; texts[`cookie.${owner}.${index}.name`]; index++) rows.push(`cookie.${owner}.${index}.`);
  if (!rows.length) return null;
  return (
    <table class="cookies" part="cookies" aria-labelledby={`consentry-category-${owner}-label`}>
      <thead>
        <tr>
          {COOKIE_FIELDS.map((field) => (
            <th key={field} scope="col">
              {texts[headerKey(field)]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            {COOKIE_FIELDS.map((field) => {
              const Cell = field === 'name' ? 'th' : 'td';
              return (
                <Cell key={field} scope={field === 'name' ? 'row' : undefined}>
                  {texts[row + field]}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
