import type { LanguageTexts } from './en';

// Slovenian: vikanje (the formal "vi"), and "piškotki" as the Information Commissioner writes.
export const sl: LanguageTexts = {
  bannerTitle: 'Piškotki na tem spletnem mestu',
  bannerBody:
    'Nujne piškotke uporabljamo za delovanje tega spletnega mesta. Z vašo privolitvijo bi radi uporabljali tudi izbirne piškotke za dodatne funkcije, prilagojeno vsebino in statistiko. Svojo izbiro lahko kadar koli spremenite.',
  policyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  managePreferences: 'Prilagodi nastavitve',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesBody: 'Izberite, katere izbirne piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne more delovati. Svojo izbiro lahko kadar koli spremenite.',
  gpcApplied: 'Vaš brskalnik je poslal signal Global Privacy Control, zato so bili izbirni piškotki izklopljeni. Tukaj jih lahko kljub temu vklopite.',
  savePreferences: 'Shrani nastavitve',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  servicesAndCookies: 'Storitve in piškotki',
  cookieName: 'Ime',
  cookieProvider: 'Ponudnik',
  cookiePurpose: 'Namen',
  cookieDuration: 'Trajanje',
  placeholderText: 'Ta vsebina je blokirana. Če si jo želite ogledati, dovolite piškotke za: {categories}.',
  placeholderAllow: 'Dovoli in prikaži',
  'category.necessary.label': 'Nujni',
  'category.necessary.description': 'Potrebni so za varno delovanje spletnega mesta in za zapomnitev te izbire. Ni jih mogoče izklopiti.',
  'category.functional.label': 'Funkcionalni',
  'category.functional.description': 'Zapomnijo si vaše nastavitve, na primer jezik ali regijo, in omogočajo dodatne funkcije, kot je klepet.',
  'category.personalization.label': 'Personalizacija',
  'category.personalization.description': 'Vsebino prilagodijo vašim interesom in prikazujejo vdelano vsebino z drugih spletnih mest, na primer videoposnetke in zemljevide.',
  'category.analytics.label': 'Analitični',
  'category.analytics.description': 'S pomočjo statistike nam pomagajo razumeti, kako obiskovalci uporabljajo spletno mesto, da ga lahko izboljšamo.',
};
