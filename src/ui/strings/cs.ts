import type { LanguageTexts } from './en';

// Czech: vykání (the formal "vy"), and "soubory cookie", the term of Czech law and of the ÚOOÚ.
export const cs: LanguageTexts = {
  bannerTitle: 'Soubory cookie na tomto webu',
  bannerBody:
    'Nezbytné soubory cookie používáme proto, aby tento web fungoval. S vaším souhlasem bychom rádi používali také volitelné soubory cookie pro další funkce, přizpůsobený obsah a statistiky. Svou volbu můžete kdykoli změnit.',
  policyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  managePreferences: 'Upravit nastavení',
  preferencesTitle: 'Nastavení souborů cookie',
  preferencesBody: 'Vyberte, které volitelné soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nemůže fungovat. Svou volbu můžete kdykoli změnit.',
  gpcApplied: 'Váš prohlížeč odeslal signál Global Privacy Control, a proto byly volitelné soubory cookie vypnuty. Přesto je zde můžete zapnout.',
  savePreferences: 'Uložit nastavení',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuté',
  servicesAndCookies: 'Služby a soubory cookie',
  cookieName: 'Název',
  cookieProvider: 'Poskytovatel',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba uložení',
  placeholderText: 'Tento obsah je zablokovaný. Pokud ho chcete zobrazit, povolte soubory cookie pro: {categories}.',
  placeholderAllow: 'Povolit a zobrazit',
  'category.necessary.label': 'Nezbytné',
  'category.necessary.description': 'Jsou potřeba k bezpečnému fungování webu a k zapamatování této volby. Nelze je vypnout.',
  'category.functional.label': 'Funkční',
  'category.functional.description': 'Pamatují si vaše nastavení, například jazyk nebo region, a umožňují další funkce, jako je chat.',
  'category.personalization.label': 'Personalizace',
  'category.personalization.description': 'Přizpůsobují obsah vašim zájmům a zobrazují vložený obsah z jiných webů, například videa a mapy.',
  'category.analytics.label': 'Analytické',
  'category.analytics.description': 'Pomocí statistik nám pomáhají pochopit, jak návštěvníci web používají, abychom ho mohli zlepšovat.',
};
