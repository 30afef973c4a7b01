import type { LanguageTexts } from './en';

// Maltese: the second person singular, as Maltese public bodies address the reader; "cookies"
// stays as it is, as the IDPC writes it.
export const mt: LanguageTexts = {
  bannerTitle: 'Cookies f’dan is-sit',
  bannerBody:
    'Nużaw cookies meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nixtiequ nużaw ukoll cookies mhux obbligatorji għal funzjonalitajiet oħra, kontenut personalizzat u statistika. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
  policyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  managePreferences: 'Immaniġġja l-preferenzi',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesBody:
    'Agħżel liema cookies mhux obbligatorji nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi, għax is-sit ma jistax jaħdem mingħajrhom. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
  gpcApplied: 'Il-browser tiegħek bagħat sinjal ta’ Global Privacy Control, għalhekk il-cookies mhux obbligatorji ġew mitfija għalik. Xorta tista’ tixgħelhom minn hawn.',
  savePreferences: 'Issalva l-għażla',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  servicesAndCookies: 'Servizzi u cookies',
  cookieName: 'Isem',
  cookieProvider: 'Fornitur',
  cookiePurpose: 'Għan',
  cookieDuration: 'Tul ta’ żmien',
  placeholderText: 'Dan il-kontenut huwa mblukkat. Biex tarah, ippermetti l-cookies għal: {categories}.',
  placeholderAllow: 'Ippermetti u uri',
  'category.necessary.label': 'Meħtieġa',
  'category.necessary.description': 'Huma meħtieġa biex is-sit jaħdem b’mod sigur u jiftakar din l-għażla. Ma jistgħux jintfew.',
  'category.functional.label': 'Funzjonali',
  'category.functional.description': 'Jiftakru l-preferenzi tiegħek, bħal-lingwa jew ir-reġjun, u jippermettu funzjonalitajiet oħra bħaċ-chat.',
  'category.personalization.label': 'Personalizzazzjoni',
  'category.personalization.description': 'Jadattaw il-kontenut għall-interessi tiegħek u juru kontenut inkorporat minn siti oħra, bħal vidjows u mapep.',
  'category.analytics.label': 'Analitiċi',
  'category.analytics.description': 'Jgħinuna nifhmu, permezz ta’ statistika, kif il-viżitaturi jużaw is-sit, biex inkunu nistgħu ntejbuh.',
};
