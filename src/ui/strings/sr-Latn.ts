import type { LanguageTexts } from './en';

// Serbian in Latin script (latinica): sr.ts letter for letter, for `sr-Latn` and the regions whose
// likely script is Latin (sr-ME).
export const srLatn: LanguageTexts = {
  bannerTitle: 'Kolačići na ovom sajtu',
  bannerBody:
    'Koristimo neophodne kolačiće da bi ovaj sajt radio. Uz vašu saglasnost želeli bismo da koristimo i opcione kolačiće za dodatne funkcije, personalizovani sadržaj i statistiku. Svoj izbor možete da promenite u bilo kom trenutku.',
  policyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  managePreferences: 'Prilagodi podešavanja',
  preferencesTitle: 'Podešavanja kolačića',
  preferencesBody: 'Izaberite koje opcione kolačiće smemo da koristimo. Neophodni kolačići su uvek uključeni jer sajt bez njih ne može da radi. Svoj izbor možete da promenite u bilo kom trenutku.',
  gpcApplied: 'Vaš pregledač je poslao signal Global Privacy Control, zbog čega su vam opcioni kolačići isključeni. Ovde ipak možete da ih uključite.',
  savePreferences: 'Sačuvaj podešavanja',
  close: 'Zatvori',
  alwaysOn: 'Uvek uključeni',
  servicesAndCookies: 'Usluge i kolačići',
  cookieName: 'Naziv',
  cookieProvider: 'Pružalac usluge',
  cookiePurpose: 'Svrha',
  cookieDuration: 'Trajanje',
  placeholderText: 'Ovaj sadržaj je blokiran. Da biste ga videli, dozvolite kolačiće za: {categories}.',
  placeholderAllow: 'Dozvoli i prikaži',
  'category.necessary.label': 'Neophodni',
  'category.necessary.description': 'Potrebni su za bezbedan rad sajta i za pamćenje ovog izbora. Ne mogu da se isključe.',
  'category.functional.label': 'Funkcionalni',
  'category.functional.description': 'Pamte vaša podešavanja, na primer jezik ili region, i omogućavaju dodatne funkcije kao što je ćaskanje.',
  'category.personalization.label': 'Personalizacija',
  'category.personalization.description': 'Prilagođavaju sadržaj vašim interesovanjima i prikazuju ugrađeni sadržaj sa drugih sajtova, na primer video-snimke i mape.',
  'category.analytics.label': 'Analitički',
  'category.analytics.description': 'Pomoću statistike nam pomažu da razumemo kako posetioci koriste sajt, kako bismo mogli da ga poboljšamo.',
};
