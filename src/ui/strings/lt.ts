import type { LanguageTexts } from './en';

// Lithuanian: the formal "Jūs", capitalised as Lithuanian writes polite address; "slapukai".
export const lt: LanguageTexts = {
  bannerTitle: 'Slapukai šioje svetainėje',
  bannerBody:
    'Naudojame būtinuosius slapukus, kad ši svetainė veiktų. Jums sutikus, norėtume naudoti ir pasirenkamuosius slapukus papildomoms funkcijoms, pritaikytam turiniui ir statistikai. Savo pasirinkimą galite bet kada pakeisti.',
  policyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  managePreferences: 'Tvarkyti nustatymus',
  preferencesTitle: 'Slapukų nustatymai',
  preferencesBody: 'Pasirinkite, kuriuos pasirenkamuosius slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė negali veikti. Savo pasirinkimą galite bet kada pakeisti.',
  gpcApplied: 'Jūsų naršyklė išsiuntė Global Privacy Control signalą, todėl pasirenkamieji slapukai Jums buvo išjungti. Vis dėlto čia galite juos įjungti.',
  savePreferences: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  servicesAndCookies: 'Paslaugos ir slapukai',
  cookieName: 'Pavadinimas',
  cookieProvider: 'Teikėjas',
  cookiePurpose: 'Paskirtis',
  cookieDuration: 'Galiojimo laikas',
  placeholderText: 'Šis turinys užblokuotas. Kad jį matytumėte, leiskite šių kategorijų slapukus: {categories}.',
  placeholderAllow: 'Leisti ir rodyti',
  'category.necessary.label': 'Būtinieji',
  'category.necessary.description': 'Reikalingi, kad svetainė veiktų saugiai ir įsimintų šį pasirinkimą. Jų išjungti negalima.',
  'category.functional.label': 'Funkciniai',
  'category.functional.description': 'Įsimena Jūsų nustatymus, pavyzdžiui, kalbą ar regioną, ir įjungia papildomas funkcijas, pavyzdžiui, pokalbius.',
  'category.personalization.label': 'Personalizavimas',
  'category.personalization.description': 'Pritaiko turinį prie Jūsų pomėgių ir rodo įterptą turinį iš kitų svetainių, pavyzdžiui, vaizdo įrašus ir žemėlapius.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Renkant statistiką padeda mums suprasti, kaip lankytojai naudojasi svetaine, kad galėtume ją tobulinti.',
};
