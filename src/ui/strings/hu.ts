import type { LanguageTexts } from './en';

// Hungarian: the formal "Ön" (verbs in the third person), "sütik" for cookies as the NAIH writes.
export const hu: LanguageTexts = {
  bannerTitle: 'Sütik ezen a webhelyen',
  bannerBody:
    'A webhely működéséhez szükséges sütiket használunk. Az Ön hozzájárulásával választható sütiket is szeretnénk használni a kényelmi funkciókhoz, a személyre szabott tartalomhoz és a statisztikákhoz. Döntését bármikor megváltoztathatja.',
  policyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  managePreferences: 'Beállítások kezelése',
  preferencesTitle: 'Sütibeállítások',
  preferencesBody: 'Válassza ki, mely választható sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik. Döntését bármikor megváltoztathatja.',
  gpcApplied: 'Az Ön böngészője Global Privacy Control-jelzést küldött, ezért a választható sütiket kikapcsoltuk. Itt azonban továbbra is bekapcsolhatja őket.',
  savePreferences: 'Beállítások mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  servicesAndCookies: 'Szolgáltatások és sütik',
  cookieName: 'Név',
  cookieProvider: 'Szolgáltató',
  cookiePurpose: 'Cél',
  cookieDuration: 'Időtartam',
  placeholderText: 'Ez a tartalom le van tiltva. A megtekintéséhez engedélyezze a következő sütiket: {categories}.',
  placeholderAllow: 'Engedélyezés és megjelenítés',
  'category.necessary.label': 'Szükséges',
  'category.necessary.description': 'A webhely biztonságos működéséhez és ennek a döntésnek a megjegyzéséhez kellenek. Nem kapcsolhatók ki.',
  'category.functional.label': 'Funkcionális',
  'category.functional.description': 'Megjegyzik a beállításait, például a nyelvet vagy a régiót, és további funkciókat, például csevegést tesznek lehetővé.',
  'category.personalization.label': 'Személyre szabás',
  'category.personalization.description': 'Az érdeklődéséhez igazítják a tartalmat, és más webhelyekről beágyazott tartalmakat, például videókat és térképeket jelenítenek meg.',
  'category.analytics.label': 'Statisztikai',
  'category.analytics.description': 'Statisztikák segítségével megmutatják nekünk, hogyan használják a látogatók a webhelyet, hogy fejleszthessük.',
};
