import type { LanguageTexts } from './en';

export const bg: LanguageTexts = {
  bannerTitle: 'Бисквитки на този сайт',
  bannerBody:
    'Използваме необходими бисквитки, за да работи сайтът. С ваше съгласие бихме искали да използваме и допълнителни бисквитки за функции, персонализирано съдържание и статистика. Можете да промените избора си по всяко време.',
  policyLink: 'Политика за поверителност',
  acceptAll: 'Приемам всички',
  rejectAll: 'Отказвам всички',
  managePreferences: 'Настройки',
  preferencesTitle: 'Настройки за бисквитките',
  preferencesBody:
    'Изберете кои допълнителни бисквитки можем да използваме. Необходимите бисквитки са винаги включени, защото без тях сайтът не може да работи. Можете да промените избора си по всяко време.',
  savePreferences: 'Запазвам избора',
  close: 'Затваряне',
  alwaysOn: 'Винаги включени',
  servicesAndCookies: 'Услуги и бисквитки',
  cookieName: 'Име',
  cookieProvider: 'Доставчик',
  cookiePurpose: 'Цел',
  cookieDuration: 'Срок на съхранение',
  placeholderText: 'Това съдържание е блокирано. За да го видите, разрешете бисквитките за: {categories}.',
  placeholderAllow: 'Разрешаване и показване',
  'category.necessary.label': 'Необходими',
  'category.necessary.description': 'Нужни са, за да работи сайтът сигурно и да запомни този избор. Не могат да бъдат изключени.',
  'category.functional.label': 'Функционални',
  'category.functional.description': 'Запомнят настройките ви, например език или регион, и включват допълнителни функции като чат.',
  'category.personalization.label': 'Персонализация',
  'category.personalization.description': 'Адаптират съдържанието към интересите ви и показват вградено съдържание от други сайтове, например видеоклипове и карти.',
  'category.analytics.label': 'Аналитични',
  'category.analytics.description': 'Помагат ни да разберем как посетителите използват сайта чрез статистика, за да го подобряваме.',
};
