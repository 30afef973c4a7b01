import type { LanguageTexts } from './en';

// Danish: "du", as Danish authorities and companies address everyone; the formal "De" is obsolete.
export const da: LanguageTexts = {
  bannerTitle: 'Cookies på denne hjemmeside',
  bannerBody:
    'Vi bruger nødvendige cookies for at få hjemmesiden til at fungere. Med dit samtykke vil vi også gerne bruge valgfrie cookies til funktioner, personligt tilpasset indhold og statistik. Du kan til enhver tid ændre dit valg.',
  policyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  managePreferences: 'Tilpas indstillinger',
  preferencesTitle: 'Cookieindstillinger',
  preferencesBody: 'Vælg, hvilke valgfrie cookies vi må bruge. Nødvendige cookies er altid aktive, fordi hjemmesiden ikke kan fungere uden dem. Du kan til enhver tid ændre dit valg.',
  gpcApplied: 'Din browser har sendt et Global Privacy Control-signal, så valgfrie cookies er blevet slået fra for dig. Du kan stadig slå dem til her.',
  savePreferences: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid aktive',
  servicesAndCookies: 'Tjenester og cookies',
  cookieName: 'Navn',
  cookieProvider: 'Udbyder',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighed',
  placeholderText: 'Dette indhold er blokeret. For at se det skal du tillade cookies til: {categories}.',
  placeholderAllow: 'Tillad og vis',
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Kræves, for at hjemmesiden kan fungere sikkert og huske dette valg. De kan ikke slås fra.',
  'category.functional.label': 'Funktionelle',
  'category.functional.description': 'Husker dine indstillinger, fx sprog eller region, og giver adgang til ekstra funktioner som chat.',
  'category.personalization.label': 'Personalisering',
  'category.personalization.description': 'Tilpasser indholdet til dine interesser og viser indlejret indhold fra andre hjemmesider, fx videoer og kort.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Hjælper os via statistik med at forstå, hvordan besøgende bruger hjemmesiden, så vi kan forbedre den.',
};
