import type { LanguageTexts } from './en';

// Finnish: "sinä", as Finnish public services (suomi.fi) and sites address everyone; the formal
// "te" reads as stiff in an interface. Buttons in the imperative.
export const fi: LanguageTexts = {
  bannerTitle: 'Evästeet tällä sivustolla',
  bannerBody:
    'Käytämme välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käyttäisimme myös valinnaisia evästeitä lisätoimintoihin, yksilöityyn sisältöön ja tilastointiin. Voit muuttaa valintaasi milloin tahansa.',
  policyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  managePreferences: 'Muokkaa asetuksia',
  preferencesTitle: 'Evästeasetukset',
  preferencesBody: 'Valitse, mitä valinnaisia evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintaasi milloin tahansa.',
  gpcApplied: 'Selaimesi lähetti Global Privacy Control -signaalin, joten valinnaiset evästeet on poistettu käytöstä puolestasi. Voit silti ottaa ne käyttöön täällä.',
  savePreferences: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  servicesAndCookies: 'Palvelut ja evästeet',
  cookieName: 'Nimi',
  cookieProvider: 'Tarjoaja',
  cookiePurpose: 'Käyttötarkoitus',
  cookieDuration: 'Säilytysaika',
  placeholderText: 'Tämä sisältö on estetty. Nähdäksesi sen salli seuraavat evästeet: {categories}.',
  placeholderAllow: 'Salli ja näytä',
  'category.necessary.label': 'Välttämättömät',
  'category.necessary.description': 'Tarvitaan, jotta sivusto toimii turvallisesti ja muistaa tämän valinnan. Niitä ei voi poistaa käytöstä.',
  'category.functional.label': 'Toiminnalliset',
  'category.functional.description': 'Muistavat asetuksesi, kuten kielen tai alueen, ja mahdollistavat lisätoimintoja, kuten chatin.',
  'category.personalization.label': 'Personointi',
  'category.personalization.description': 'Mukauttavat sisältöä kiinnostuksen kohteidesi mukaan ja näyttävät muilta sivustoilta upotettua sisältöä, kuten videoita ja karttoja.',
  'category.analytics.label': 'Analytiikka',
  'category.analytics.description': 'Auttavat meitä tilastojen avulla ymmärtämään, miten kävijät käyttävät sivustoa, jotta voimme parantaa sitä.',
};
