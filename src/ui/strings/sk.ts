import type { LanguageTexts } from './en';

// Slovak: vykanie (the formal "vy"), and "súbory cookie" as Slovak law and the ÚOOÚ SR write it.
export const sk: LanguageTexts = {
  bannerTitle: 'Súbory cookie na tomto webe',
  bannerBody:
    'Nevyhnutné súbory cookie používame na to, aby tento web fungoval. S vaším súhlasom by sme radi používali aj voliteľné súbory cookie na ďalšie funkcie, prispôsobený obsah a štatistiky. Svoju voľbu môžete kedykoľvek zmeniť.',
  policyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  managePreferences: 'Upraviť nastavenia',
  preferencesTitle: 'Nastavenia súborov cookie',
  preferencesBody: 'Vyberte, ktoré voliteľné súbory cookie smieme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich web nemôže fungovať. Svoju voľbu môžete kedykoľvek zmeniť.',
  gpcApplied: 'Váš prehliadač odoslal signál Global Privacy Control, a preto boli voliteľné súbory cookie vypnuté. Napriek tomu ich tu môžete zapnúť.',
  savePreferences: 'Uložiť nastavenia',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  servicesAndCookies: 'Služby a súbory cookie',
  cookieName: 'Názov',
  cookieProvider: 'Poskytovateľ',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba uchovávania',
  placeholderText: 'Tento obsah je zablokovaný. Ak ho chcete zobraziť, povoľte súbory cookie pre: {categories}.',
  placeholderAllow: 'Povoliť a zobraziť',
  'category.necessary.label': 'Nevyhnutné',
  'category.necessary.description': 'Sú potrebné na bezpečné fungovanie webu a na zapamätanie tejto voľby. Nedajú sa vypnúť.',
  'category.functional.label': 'Funkčné',
  'category.functional.description': 'Pamätajú si vaše nastavenia, napríklad jazyk alebo región, a umožňujú ďalšie funkcie, ako je chat.',
  'category.personalization.label': 'Personalizácia',
  'category.personalization.description': 'Prispôsobujú obsah vašim záujmom a zobrazujú vložený obsah z iných webov, napríklad videá a mapy.',
  'category.analytics.label': 'Analytické',
  'category.analytics.description': 'Pomocou štatistík nám pomáhajú pochopiť, ako návštevníci používajú web, aby sme ho mohli zlepšovať.',
};
