import type { LanguageTexts } from './en';

// Croatian: the formal "vi"; "privola" is the word of the GDPR's Croatian text for consent.
export const hr: LanguageTexts = {
  bannerTitle: 'Kolačići na ovoj web-stranici',
  bannerBody:
    'Koristimo nužne kolačiće kako bi ova web-stranica radila. Uz vašu privolu željeli bismo koristiti i neobavezne kolačiće za dodatne funkcije, prilagođeni sadržaj i statistiku. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  policyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  managePreferences: 'Prilagodi postavke',
  preferencesTitle: 'Postavke kolačića',
  preferencesBody:
    'Odaberite koje neobavezne kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer web-stranica bez njih ne može raditi. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  gpcApplied: 'Vaš je preglednik poslao signal Global Privacy Control pa su vam neobavezni kolačići isključeni. Ovdje ih ipak možete uključiti.',
  savePreferences: 'Spremi postavke',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeni',
  servicesAndCookies: 'Usluge i kolačići',
  cookieName: 'Naziv',
  cookieProvider: 'Pružatelj',
  cookiePurpose: 'Svrha',
  cookieDuration: 'Trajanje',
  placeholderText: 'Ovaj je sadržaj blokiran. Da biste ga vidjeli, dopustite kolačiće za: {categories}.',
  placeholderAllow: 'Dopusti i prikaži',
  'category.necessary.label': 'Nužni',
  'category.necessary.description': 'Potrebni su za siguran rad web-stranice i za pamćenje ovog izbora. Ne mogu se isključiti.',
  'category.functional.label': 'Funkcionalni',
  'category.functional.description': 'Pamte vaše postavke, poput jezika ili regije, i omogućuju dodatne funkcije poput chata.',
  'category.personalization.label': 'Personalizacija',
  'category.personalization.description': 'Prilagođavaju sadržaj vašim interesima i prikazuju ugrađeni sadržaj s drugih stranica, poput videozapisa i karata.',
  'category.analytics.label': 'Analitički',
  'category.analytics.description': 'Pomoću statistike pomažu nam razumjeti kako posjetitelji koriste web-stranicu kako bismo je mogli poboljšati.',
};
