import type { LanguageTexts } from './en';

// Romanian: the formal "dumneavoastră", buttons in the polite imperative to match.
export const ro: LanguageTexts = {
  bannerTitle: 'Cookie-uri pe acest site',
  bannerBody:
    'Folosim cookie-uri necesare pentru ca acest site să funcționeze. Cu acordul dumneavoastră, am dori să folosim și cookie-uri opționale pentru funcționalități suplimentare, conținut personalizat și statistici. Vă puteți schimba alegerea oricând.',
  policyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  managePreferences: 'Gestionați preferințele',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesBody: 'Alegeți ce cookie-uri opționale putem folosi. Cookie-urile necesare sunt întotdeauna active, deoarece site-ul nu poate funcționa fără ele. Vă puteți schimba alegerea oricând.',
  gpcApplied: 'Browserul dumneavoastră a trimis un semnal Global Privacy Control, prin urmare cookie-urile opționale au fost dezactivate. Totuși, le puteți activa aici.',
  savePreferences: 'Salvați preferințele',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  servicesAndCookies: 'Servicii și cookie-uri',
  cookieName: 'Nume',
  cookieProvider: 'Furnizor',
  cookiePurpose: 'Scop',
  cookieDuration: 'Durată',
  placeholderText: 'Acest conținut este blocat. Pentru a-l vedea, permiteți cookie-urile pentru: {categories}.',
  placeholderAllow: 'Permiteți și afișați',
  'category.necessary.label': 'Necesare',
  'category.necessary.description': 'Sunt indispensabile pentru funcționarea sigură a site-ului și pentru memorarea acestei alegeri. Nu pot fi dezactivate.',
  'category.functional.label': 'Funcționale',
  'category.functional.description': 'Rețin setările dumneavoastră, cum ar fi limba sau regiunea, și activează funcționalități suplimentare, precum chatul.',
  'category.personalization.label': 'Personalizare',
  'category.personalization.description': 'Adaptează conținutul la interesele dumneavoastră și afișează conținut încorporat de pe alte site-uri, precum videoclipuri și hărți.',
  'category.analytics.label': 'Analitice',
  'category.analytics.description': 'Ne ajută să înțelegem, prin statistici, cum folosesc vizitatorii site-ul, pentru a-l putea îmbunătăți.',
};
