import type { LanguageTexts } from './en';

// Icelandic: "þú", the only address Icelandic uses, and "vafrakökur", the word of Persónuvernd.
export const is: LanguageTexts = {
  bannerTitle: 'Vafrakökur á þessum vef',
  bannerBody:
    'Við notum nauðsynlegar vafrakökur svo að vefurinn virki. Með samþykki þínu viljum við einnig nota valfrjálsar vafrakökur fyrir aukna virkni, sérsniðið efni og tölfræði. Þú getur breytt vali þínu hvenær sem er.',
  policyLink: 'Persónuverndarstefna',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  managePreferences: 'Stilla vafrakökur',
  preferencesTitle: 'Stillingar vafrakakna',
  preferencesBody: 'Veldu hvaða valfrjálsu vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar, því vefurinn virkar ekki án þeirra. Þú getur breytt vali þínu hvenær sem er.',
  gpcApplied: 'Vafrinn þinn sendi Global Privacy Control-merki, svo slökkt var á valfrjálsum vafrakökum fyrir þig. Þú getur samt kveikt á þeim hér.',
  savePreferences: 'Vista val',
  close: 'Loka',
  alwaysOn: 'Alltaf virkar',
  servicesAndCookies: 'Þjónustur og vafrakökur',
  cookieName: 'Heiti',
  cookieProvider: 'Þjónustuaðili',
  cookiePurpose: 'Tilgangur',
  cookieDuration: 'Gildistími',
  placeholderText: 'Þetta efni er lokað. Til að sjá það skaltu leyfa vafrakökur fyrir: {categories}.',
  placeholderAllow: 'Leyfa og sýna',
  'category.necessary.label': 'Nauðsynlegar',
  'category.necessary.description': 'Þarf til að vefurinn virki örugglega og muni þetta val. Ekki er hægt að slökkva á þeim.',
  'category.functional.label': 'Virkni',
  'category.functional.description': 'Muna stillingar þínar, til dæmis tungumál eða svæði, og gera aukna virkni mögulega, svo sem spjall.',
  'category.personalization.label': 'Sérsnið',
  'category.personalization.description': 'Laga efni að áhugamálum þínum og birta innfellt efni frá öðrum vefjum, svo sem myndbönd og kort.',
  'category.analytics.label': 'Tölfræði',
  'category.analytics.description': 'Hjálpa okkur að skilja með tölfræði hvernig gestir nota vefinn svo að við getum bætt hann.',
};
