import type { LanguageTexts } from './en';

// Norwegian Bokmål, also shown for "no" and Nynorsk ("nn"), which every Norwegian reads: "du", as
// Norwegian authorities address everyone, and "informasjonskapsler", the word of Datatilsynet.
export const nb: LanguageTexts = {
  bannerTitle: 'Informasjonskapsler på dette nettstedet',
  bannerBody:
    'Vi bruker nødvendige informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke vil vi også bruke valgfrie informasjonskapsler til ekstra funksjoner, tilpasset innhold og statistikk. Du kan når som helst endre valget ditt.',
  policyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  managePreferences: 'Tilpass innstillinger',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesBody:
    'Velg hvilke valgfrie informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem. Du kan når som helst endre valget ditt.',
  gpcApplied: 'Nettleseren din sendte et Global Privacy Control-signal, så valgfrie informasjonskapsler er slått av for deg. Du kan fortsatt slå dem på her.',
  savePreferences: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  servicesAndCookies: 'Tjenester og informasjonskapsler',
  cookieName: 'Navn',
  cookieProvider: 'Leverandør',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighet',
  placeholderText: 'Dette innholdet er blokkert. For å se det må du tillate informasjonskapsler for: {categories}.',
  placeholderAllow: 'Tillat og vis',
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Trengs for at nettstedet skal fungere sikkert og huske dette valget. De kan ikke slås av.',
  'category.functional.label': 'Funksjonelle',
  'category.functional.description': 'Husker innstillingene dine, for eksempel språk eller region, og gir tilgang til ekstra funksjoner som chat.',
  'category.personalization.label': 'Tilpasning',
  'category.personalization.description': 'Tilpasser innholdet til interessene dine og viser innebygd innhold fra andre nettsteder, for eksempel videoer og kart.',
  'category.analytics.label': 'Statistikk',
  'category.analytics.description': 'Gir oss statistikk som hjelper oss å forstå hvordan besøkende bruker nettstedet, slik at vi kan gjøre det bedre.',
};
