import type { LanguageTexts } from './en';

// Catalan: the formal "vós" (second person plural verbs), as Catalan institutions address the
// reader; "galetes", the TERMCAT term for cookies.
export const ca: LanguageTexts = {
  bannerTitle: 'Galetes en aquest lloc web',
  bannerBody:
    'Utilitzem galetes necessàries perquè aquest lloc web funcioni. Amb el vostre consentiment, també voldríem utilitzar galetes opcionals per a funcionalitats addicionals, contingut personalitzat i estadístiques. Podeu canviar la vostra elecció en qualsevol moment.',
  policyLink: 'Política de privadesa',
  acceptAll: 'Acceptar totes',
  rejectAll: 'Rebutjar totes',
  managePreferences: 'Gestionar preferències',
  preferencesTitle: 'Preferències de galetes',
  preferencesBody:
    'Trieu quines galetes opcionals podem utilitzar. Les galetes necessàries sempre estan actives, perquè el lloc web no pot funcionar sense elles. Podeu canviar la vostra elecció en qualsevol moment.',
  gpcApplied: 'El vostre navegador ha enviat un senyal de Global Privacy Control, de manera que les galetes opcionals s’han desactivat. Tot i així, les podeu activar aquí.',
  savePreferences: 'Desar preferències',
  close: 'Tancar',
  alwaysOn: 'Sempre actives',
  servicesAndCookies: 'Serveis i galetes',
  cookieName: 'Nom',
  cookieProvider: 'Proveïdor',
  cookiePurpose: 'Finalitat',
  cookieDuration: 'Durada',
  placeholderText: 'Aquest contingut està bloquejat. Per veure’l, permeteu les galetes de: {categories}.',
  placeholderAllow: 'Permetre i mostrar',
  'category.necessary.label': 'Necessàries',
  'category.necessary.description': 'Imprescindibles perquè el lloc web funcioni de manera segura i recordi aquesta elecció. No es poden desactivar.',
  'category.functional.label': 'Funcionals',
  'category.functional.description': 'Recorden la vostra configuració, com ara la llengua o la regió, i activen funcions addicionals com el xat.',
  'category.personalization.label': 'Personalització',
  'category.personalization.description': 'Adapten el contingut als vostres interessos i mostren contingut integrat d’altres llocs web, com ara vídeos i mapes.',
  'category.analytics.label': 'Analítiques',
  'category.analytics.description': 'Ens ajuden a entendre, mitjançant estadístiques, com s’utilitza el lloc web, per poder millorar-lo.',
};
