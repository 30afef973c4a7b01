import type { LanguageTexts } from './en';

// Irish: "tú", as Irish public bodies write to the reader; "fianáin" for cookies, with the
// category labels in the plural to agree with it.
export const ga: LanguageTexts = {
  bannerTitle: 'Fianáin ar an suíomh seo',
  bannerBody:
    'Úsáidimid fianáin riachtanacha chun go n-oibreoidh an suíomh seo. Le do thoiliú, ba mhaith linn fianáin roghnacha a úsáid freisin le haghaidh gnéithe breise, ábhar pearsantaithe agus staitisticí. Is féidir leat do rogha a athrú am ar bith.',
  policyLink: 'Polasaí príobháideachais',
  acceptAll: 'Glac leo go léir',
  rejectAll: 'Diúltaigh dóibh go léir',
  managePreferences: 'Bainistigh roghanna',
  preferencesTitle: 'Roghanna fianán',
  preferencesBody:
    'Roghnaigh na fianáin roghnacha is féidir linn a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad. Is féidir leat do rogha a athrú am ar bith.',
  gpcApplied: 'Sheol do bhrabhsálaí comhartha Global Privacy Control, agus mar sin múchadh na fianáin roghnacha duit. Is féidir leat iad a chur ar siúl anseo fós.',
  savePreferences: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  servicesAndCookies: 'Seirbhísí agus fianáin',
  cookieName: 'Ainm',
  cookieProvider: 'Soláthraí',
  cookiePurpose: 'Cuspóir',
  cookieDuration: 'Fad ama',
  placeholderText: 'Tá an t-ábhar seo blocáilte. Chun é a fheiceáil, ceadaigh fianáin le haghaidh: {categories}.',
  placeholderAllow: 'Ceadaigh agus taispeáin',
  'category.necessary.label': 'Riachtanacha',
  'category.necessary.description': 'Teastaíonn siad chun go n-oibreoidh an suíomh go slán agus go gcuimhneoidh sé ar an rogha seo. Ní féidir iad a mhúchadh.',
  'category.functional.label': 'Feidhmiúla',
  'category.functional.description': 'Cuimhníonn siad ar do shocruithe, mar shampla teanga nó réigiún, agus cumasaíonn siad gnéithe breise amhail comhrá beo.',
  'category.personalization.label': 'Pearsantú',
  'category.personalization.description': 'Cuireann siad ábhar in oiriúint do do chuid spéiseanna agus taispeánann siad ábhar leabaithe ó shuíomhanna eile, amhail físeáin agus léarscáileanna.',
  'category.analytics.label': 'Anailísíocht',
  'category.analytics.description': 'Cabhraíonn siad linn tuiscint a fháil, trí staitisticí, ar an gcaoi a n-úsáideann cuairteoirí an suíomh, ionas gur féidir linn é a fheabhsú.',
};
