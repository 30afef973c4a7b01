import type { LanguageTexts } from './en';

// Swedish: "du", as Swedish authorities address everyone, and "kakor", the word IMY and
// Swedish public sites use.
export const sv: LanguageTexts = {
  bannerTitle: 'Kakor på den här webbplatsen',
  bannerBody:
    'Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke vill vi också använda valfria kakor för extra funktioner, anpassat innehåll och statistik. Du kan när som helst ändra ditt val.',
  policyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  managePreferences: 'Hantera inställningar',
  preferencesTitle: 'Inställningar för kakor',
  preferencesBody: 'Välj vilka valfria kakor vi får använda. Nödvändiga kakor är alltid på, eftersom webbplatsen inte fungerar utan dem. Du kan när som helst ändra ditt val.',
  gpcApplied: 'Din webbläsare skickade en Global Privacy Control-signal, så valfria kakor har stängts av åt dig. Du kan fortfarande slå på dem här.',
  savePreferences: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  servicesAndCookies: 'Tjänster och kakor',
  cookieName: 'Namn',
  cookieProvider: 'Leverantör',
  cookiePurpose: 'Ändamål',
  cookieDuration: 'Lagringstid',
  placeholderText: 'Det här innehållet är blockerat. För att visa det behöver du tillåta kakor för: {categories}.',
  placeholderAllow: 'Tillåt och visa',
  'category.necessary.label': 'Nödvändiga',
  'category.necessary.description': 'Behövs för att webbplatsen ska fungera säkert och komma ihåg det här valet. De kan inte stängas av.',
  'category.functional.label': 'Funktionella',
  'category.functional.description': 'Kommer ihåg dina inställningar, till exempel språk eller region, och möjliggör extra funktioner som chatt.',
  'category.personalization.label': 'Personanpassning',
  'category.personalization.description': 'Anpassar innehållet efter dina intressen och visar inbäddat innehåll från andra webbplatser, till exempel videor och kartor.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Ger oss statistik som hjälper oss att förstå hur besökarna använder webbplatsen, så att vi kan förbättra den.',
};
