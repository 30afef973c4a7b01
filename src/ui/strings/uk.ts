import type { LanguageTexts } from './en';

// Ukrainian: the formal "ви", "файли cookie" as Ukrainian sites and the Ombudsman write it, and
// the Ukrainian apostrophe (U+02BC), which is a letter.
export const uk: LanguageTexts = {
  bannerTitle: 'Файли cookie на цьому сайті',
  bannerBody:
    'Ми використовуємо необхідні файли cookie, щоб сайт працював. З вашої згоди ми також хотіли б використовувати додаткові файли cookie для функцій, персоналізованого вмісту та статистики. Ви можете змінити свій вибір будь-коли.',
  policyLink: 'Політика конфіденційності',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  managePreferences: 'Налаштувати',
  preferencesTitle: 'Налаштування файлів cookie',
  preferencesBody:
    'Виберіть, які додаткові файли cookie ми можемо використовувати. Необхідні файли cookie завжди ввімкнені, бо без них сайт не може працювати. Ви можете змінити свій вибір будь-коли.',
  gpcApplied: 'Ваш браузер надіслав сигнал Global Privacy Control, тому додаткові файли cookie було вимкнено. Утім, ви можете ввімкнути їх тут.',
  savePreferences: 'Зберегти вибір',
  close: 'Закрити',
  alwaysOn: 'Завжди ввімкнені',
  servicesAndCookies: 'Сервіси та файли cookie',
  cookieName: 'Назва',
  cookieProvider: 'Постачальник',
  cookiePurpose: 'Мета',
  cookieDuration: 'Термін зберігання',
  placeholderText: 'Цей вміст заблоковано. Щоб переглянути його, дозвольте файли cookie для: {categories}.',
  placeholderAllow: 'Дозволити й показати',
  'category.necessary.label': 'Необхідні',
  'category.necessary.description': 'Потрібні для безпечної роботи сайту та для того, щоб запамʼятати цей вибір. Їх не можна вимкнути.',
  'category.functional.label': 'Функціональні',
  'category.functional.description': 'Запамʼятовують ваші налаштування, наприклад мову чи регіон, і вмикають додаткові функції, як-от чат.',
  'category.personalization.label': 'Персоналізація',
  'category.personalization.description': 'Підлаштовують вміст під ваші інтереси й показують вбудований вміст з інших сайтів, наприклад відео та карти.',
  'category.analytics.label': 'Аналітичні',
  'category.analytics.description': 'За допомогою статистики допомагають нам зрозуміти, як відвідувачі користуються сайтом, щоб ми могли його вдосконалювати.',
};
