import type { LanguageTexts } from './en';

// Serbian in Cyrillic, the script a bare `sr` means: the Constitution of Serbia (art. 10) makes it
// the official script, and CLDR's likely subtags (which Intl.Locale applies) expand `sr` to
// `sr-Cyrl-RS`. sr-Latn.ts is the same text in Latin script. The ekavian standard of Serbia, the
// formal "ви", and "колачићи" for cookies as Serbian sites write it.
export const sr: LanguageTexts = {
  bannerTitle: 'Колачићи на овом сајту',
  bannerBody:
    'Користимо неопходне колачиће да би овај сајт радио. Уз вашу сагласност желели бисмо да користимо и опционе колачиће за додатне функције, персонализовани садржај и статистику. Свој избор можете да промените у било ком тренутку.',
  policyLink: 'Политика приватности',
  acceptAll: 'Прихвати све',
  rejectAll: 'Одбиј све',
  managePreferences: 'Прилагоди подешавања',
  preferencesTitle: 'Подешавања колачића',
  preferencesBody: 'Изаберите које опционе колачиће смемо да користимо. Неопходни колачићи су увек укључени јер сајт без њих не може да ради. Свој избор можете да промените у било ком тренутку.',
  gpcApplied: 'Ваш прегледач је послао сигнал Global Privacy Control, због чега су вам опциони колачићи искључени. Овде ипак можете да их укључите.',
  savePreferences: 'Сачувај подешавања',
  close: 'Затвори',
  alwaysOn: 'Увек укључени',
  servicesAndCookies: 'Услуге и колачићи',
  cookieName: 'Назив',
  cookieProvider: 'Пружалац услуге',
  cookiePurpose: 'Сврха',
  cookieDuration: 'Трајање',
  placeholderText: 'Овај садржај је блокиран. Да бисте га видели, дозволите колачиће за: {categories}.',
  placeholderAllow: 'Дозволи и прикажи',
  'category.necessary.label': 'Неопходни',
  'category.necessary.description': 'Потребни су за безбедан рад сајта и за памћење овог избора. Не могу да се искључе.',
  'category.functional.label': 'Функционални',
  'category.functional.description': 'Памте ваша подешавања, на пример језик или регион, и омогућавају додатне функције као што је ћаскање.',
  'category.personalization.label': 'Персонализација',
  'category.personalization.description': 'Прилагођавају садржај вашим интересовањима и приказују уграђени садржај са других сајтова, на пример видео-снимке и мапе.',
  'category.analytics.label': 'Аналитички',
  'category.analytics.description': 'Помоћу статистике нам помажу да разумемо како посетиоци користе сајт, како бисмо могли да га побољшамо.',
};
