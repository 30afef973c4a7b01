import type { LanguageTexts } from './en';

// Estonian: the polite plural (teie), buttons in the imperative as Estonian interfaces write them.
export const et: LanguageTexts = {
  bannerTitle: 'Küpsised sellel veebilehel',
  bannerBody:
    'Kasutame vajalikke küpsiseid, et see veebileht töötaks. Teie nõusolekul soovime kasutada ka valikulisi küpsiseid lisafunktsioonide, isikupärastatud sisu ja statistika jaoks. Saate oma valikut igal ajal muuta.',
  policyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  managePreferences: 'Halda eelistusi',
  preferencesTitle: 'Küpsiste seaded',
  preferencesBody: 'Valige, milliseid valikulisi küpsiseid võime kasutada. Vajalikud küpsised on alati sisse lülitatud, sest ilma nendeta veebileht ei tööta. Saate oma valikut igal ajal muuta.',
  gpcApplied: 'Teie veebilehitseja saatis signaali Global Privacy Control, mistõttu lülitati valikulised küpsised välja. Saate need siin siiski sisse lülitada.',
  savePreferences: 'Salvesta valik',
  close: 'Sulge',
  alwaysOn: 'Alati aktiivsed',
  servicesAndCookies: 'Teenused ja küpsised',
  cookieName: 'Nimi',
  cookieProvider: 'Teenusepakkuja',
  cookiePurpose: 'Eesmärk',
  cookieDuration: 'Säilitusaeg',
  placeholderText: 'See sisu on blokeeritud. Selle vaatamiseks lubage järgmised küpsised: {categories}.',
  placeholderAllow: 'Luba ja näita',
  'category.necessary.label': 'Vajalikud',
  'category.necessary.description': 'Nendeta ei saa veebileht turvaliselt töötada ega seda valikut meelde jätta. Neid ei saa välja lülitada.',
  'category.functional.label': 'Funktsionaalsed',
  'category.functional.description': 'Jätavad meelde teie seaded, näiteks keele või piirkonna, ja võimaldavad lisafunktsioone, näiteks vestlust.',
  'category.personalization.label': 'Isikupärastamine',
  'category.personalization.description': 'Kohandavad sisu teie huvidele vastavaks ja näitavad teistelt veebilehtedelt pärit manustatud sisu, näiteks videoid ja kaarte.',
  'category.analytics.label': 'Analüütilised',
  'category.analytics.description': 'Aitavad meil statistika abil mõista, kuidas külastajad veebilehte kasutavad, et saaksime seda paremaks muuta.',
};
