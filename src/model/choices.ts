// Services inside categories (SPEC §9): how a choice about a category and a choice about one of its
// services combine. The instance decides with it and the preferences draft follows it, so the
// switches on screen and the recorded decision never disagree.
import type { Category, Choosable } from './config';
import type { ConsentState } from './decision';

/** A choice for every optional category and every service, by name (one namespace, SPEC §9). */
export type Choices = Record<string, boolean>;

/**
 * `records` merged into one record without a prototype. Names come from the page and the cookie,
 * and a page may have polluted Object.prototype (`Object.prototype.ga4 = true`): looking a name up
 * here finds only a choice that was made, never an inherited value (fail closed, SPEC §2).
 */
const ownChoices = (...records: Choices[]): Choices => Object.assign(Object.create(null), ...records);

/** Every category's and service's choice in `state`, by name (one namespace, SPEC §9). */
export const choicesOf = ({ categories, services }: ConsentState): Choices => ownChoices(categories, services);

/** The same choice for each of `names`: what Accept all, Reject all and a placeholder's button decide. */
export const everyChoice = (names: string[], granted: boolean): Choices => Object.fromEntries(names.map((name) => [name, granted]));

/** Every optional category and every service: whatever a choice is about and a refusal deletes cookies of. */
export const choiceOwners = (categories: Category[]): Choosable[] => categories.flatMap((category) => [category, ...category.services]);

/**
 * Applies `choices` to `current`: a category's value goes to all its services, then a service's
 * own value to it alone, so `{ analytics: true, ga4: false }` grants analytics but Google
 * Analytics. A service with no value takes its category's (a cookie written before the site
 * declared it: granting the category granted its services). A category with services is granted
 * while any of them is, and refused when the visitor refused them all.
 *
 * @example
 * ```ts
 * applyChoices(settings.categories, { analytics: true, ga4: true, matomo: true }, { ga4: false });
 * // { analytics: true, ga4: false, matomo: true }
 * ```
 */
export function applyChoices(categories: Category[], current: Choices, choices: Choices): Choices {
  const next = ownChoices(current);
  const chosen = ownChoices(choices);
  for (const { name, services } of categories) {
    if (name in chosen) for (const owner of [{ name }, ...services]) next[owner.name] = chosen[name]!;
  }
  for (const { name, services } of categories) {
    for (const service of services) next[service.name] = chosen[service.name] ?? next[service.name] ?? next[name]!;
    if (services[0]) next[name] = services.some((service) => next[service.name]);
  }
  return next;
}
