// English: the reference language. Every other language module has exactly these keys (the
// type below enforces it, test/unit/ui/strings.test.ts checks it at run time). Keys are stable:
// site owners override them in `texts`, and receipts record the strings shown under these keys.
export const en = {
  bannerTitle: 'Cookies on this site',
  bannerBody:
    'We use necessary cookies to make this site work. With your consent, we would also like to use optional cookies for features, personalized content and statistics. You can change your choice at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  managePreferences: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesBody: 'Choose which optional cookies we may use. Necessary cookies are always on because the site cannot work without them. You can change your choice at any time.',
  gpcApplied: 'Your browser sent a Global Privacy Control signal, so optional cookies were turned off for you. You can still switch them on here.',
  savePreferences: 'Save preferences',
  close: 'Close',
  alwaysOn: 'Always on',
  servicesAndCookies: 'Services and cookies',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  placeholderText: 'This content is blocked. To view it, allow cookies for: {categories}.',
  placeholderAllow: 'Allow and show',
  'category.necessary.label': 'Necessary',
  'category.necessary.description': 'Needed for the site to work securely and to remember this choice. They cannot be switched off.',
  'category.functional.label': 'Functional',
  'category.functional.description': 'Remember your settings, such as language or region, and enable extra features such as chat.',
  'category.personalization.label': 'Personalization',
  'category.personalization.description': 'Tailor content to your interests and show embedded content from other sites, such as videos and maps.',
  'category.analytics.label': 'Analytics',
  'category.analytics.description': 'Help us understand how visitors use the site through statistics, so that we can improve it.',
};

/** The key of one interface text. */
export type TextKey = keyof typeof en;

/** A complete built-in language. */
export type LanguageTexts = Record<TextKey, string>;
