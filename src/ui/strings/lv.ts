import type { LanguageTexts } from './en';

// Latvian: the formal "Jūs", capitalised as Latvian writes polite address; "sīkdatnes" is the
// term of the Latvian terminology commission and of the DVI.
export const lv: LanguageTexts = {
  bannerTitle: 'Sīkdatnes šajā vietnē',
  bannerBody:
    'Mēs izmantojam nepieciešamās sīkdatnes, lai šī vietne darbotos. Ar Jūsu piekrišanu mēs vēlētos izmantot arī izvēles sīkdatnes papildu funkcijām, personalizētam saturam un statistikai. Savu izvēli varat mainīt jebkurā laikā.',
  policyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  managePreferences: 'Pārvaldīt iestatījumus',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesBody: 'Izvēlieties, kuras izvēles sīkdatnes drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nevar darboties. Savu izvēli varat mainīt jebkurā laikā.',
  gpcApplied: 'Jūsu pārlūkprogramma nosūtīja Global Privacy Control signālu, tāpēc izvēles sīkdatnes Jums tika izslēgtas. Tomēr šeit varat tās ieslēgt.',
  savePreferences: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  servicesAndCookies: 'Pakalpojumi un sīkdatnes',
  cookieName: 'Nosaukums',
  cookieProvider: 'Nodrošinātājs',
  cookiePurpose: 'Nolūks',
  cookieDuration: 'Glabāšanas ilgums',
  placeholderText: 'Šis saturs ir bloķēts. Lai to skatītu, atļaujiet sīkdatnes šādām kategorijām: {categories}.',
  placeholderAllow: 'Atļaut un rādīt',
  'category.necessary.label': 'Nepieciešamās',
  'category.necessary.description': 'Vajadzīgas, lai vietne darbotos droši un atcerētos šo izvēli. Tās nevar izslēgt.',
  'category.functional.label': 'Funkcionālās',
  'category.functional.description': 'Atceras Jūsu iestatījumus, piemēram, valodu vai reģionu, un nodrošina papildu funkcijas, piemēram, tērzēšanu.',
  'category.personalization.label': 'Personalizācija',
  'category.personalization.description': 'Pielāgo saturu Jūsu interesēm un rāda iegultu saturu no citām vietnēm, piemēram, video un kartes.',
  'category.analytics.label': 'Analītiskās',
  'category.analytics.description': 'Apkopo statistiku, kas palīdz mums saprast, kā apmeklētāji izmanto vietni, lai mēs to varētu uzlabot.',
};
