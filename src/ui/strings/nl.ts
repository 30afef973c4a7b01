import type { LanguageTexts } from './en';

// Dutch: the formal "u", as the Autoriteit Persoonsgegevens and most Dutch and Flemish sites write.
export const nl: LanguageTexts = {
  bannerTitle: 'Cookies op deze website',
  bannerBody:
    'We gebruiken noodzakelijke cookies om deze website te laten werken. Met uw toestemming gebruiken we ook optionele cookies voor extra functies, gepersonaliseerde inhoud en statistieken. U kunt uw keuze altijd wijzigen.',
  policyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  managePreferences: 'Voorkeuren beheren',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesBody: 'Kies welke optionele cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt. U kunt uw keuze altijd wijzigen.',
  gpcApplied: 'Uw browser heeft een Global Privacy Control-signaal verstuurd, daarom zijn optionele cookies voor u uitgeschakeld. U kunt ze hier alsnog inschakelen.',
  savePreferences: 'Voorkeuren opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  servicesAndCookies: 'Diensten en cookies',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  placeholderText: 'Deze inhoud is geblokkeerd. Om hem te bekijken, moet u cookies toestaan voor: {categories}.',
  placeholderAllow: 'Toestaan en tonen',
  'category.necessary.label': 'Noodzakelijk',
  'category.necessary.description': 'Nodig om de website veilig te laten werken en deze keuze te onthouden. Ze kunnen niet worden uitgeschakeld.',
  'category.functional.label': 'Functioneel',
  'category.functional.description': 'Onthouden uw instellingen, zoals taal of regio, en maken extra functies mogelijk, zoals chat.',
  'category.personalization.label': 'Personalisatie',
  'category.personalization.description': 'Stemmen inhoud af op uw interesses en tonen ingesloten inhoud van andere websites, zoals video’s en kaarten.',
  'category.analytics.label': 'Statistieken',
  'category.analytics.description': 'Geven ons statistieken over hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren.',
};
