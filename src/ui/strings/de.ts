import type { LanguageTexts } from './en';

export const de: LanguageTexts = {
  bannerTitle: 'Cookies auf dieser Website',
  bannerBody:
    'Wir verwenden notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung möchten wir außerdem optionale Cookies für Funktionen, personalisierte Inhalte und Statistiken verwenden. Sie können Ihre Auswahl jederzeit ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  managePreferences: 'Einstellungen verwalten',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesBody:
    'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert. Sie können Ihre Auswahl jederzeit ändern.',
  gpcApplied: 'Ihr Browser hat das Signal Global Privacy Control gesendet, daher wurden optionale Cookies für Sie deaktiviert. Sie können sie hier trotzdem aktivieren.',
  savePreferences: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  servicesAndCookies: 'Dienste und Cookies',
  cookieName: 'Cookie-Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  placeholderText: 'Dieser Inhalt ist blockiert. Um ihn zu sehen, erlauben Sie Cookies für: {categories}.',
  placeholderAllow: 'Erlauben und anzeigen',
  'category.necessary.label': 'Notwendig',
  'category.necessary.description': 'Erforderlich, damit die Website sicher funktioniert und sich diese Auswahl merkt. Sie können nicht deaktiviert werden.',
  'category.functional.label': 'Funktional',
  'category.functional.description': 'Speichern Ihre Einstellungen, etwa Sprache oder Region, und ermöglichen zusätzliche Funktionen wie einen Chat.',
  'category.personalization.label': 'Personalisierung',
  'category.personalization.description': 'Passen Inhalte an Ihre Interessen an und zeigen eingebettete Inhalte anderer Websites, etwa Videos und Karten.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Helfen uns mit Statistiken zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können.',
};
