import type { LanguageTexts } from './en';

// Polish: the formal "Państwo" in the text (buttons in the usual imperative), "pliki cookie" as
// the UODO and Polish law write it.
export const pl: LanguageTexts = {
  bannerTitle: 'Pliki cookie w tym serwisie',
  bannerBody:
    'Używamy niezbędnych plików cookie, aby serwis działał. Za Państwa zgodą chcielibyśmy używać również opcjonalnych plików cookie do obsługi dodatkowych funkcji, spersonalizowanych treści i statystyk. Swój wybór mogą Państwo zmienić w każdej chwili.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  managePreferences: 'Dostosuj ustawienia',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesBody:
    'Prosimy wybrać, których opcjonalnych plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich serwis nie może działać. Swój wybór mogą Państwo zmienić w każdej chwili.',
  gpcApplied: 'Państwa przeglądarka wysłała sygnał Global Privacy Control, dlatego opcjonalne pliki cookie zostały wyłączone. Nadal mogą Państwo włączyć je tutaj.',
  savePreferences: 'Zapisz ustawienia',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  servicesAndCookies: 'Usługi i pliki cookie',
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieDuration: 'Okres przechowywania',
  placeholderText: 'Ta treść jest zablokowana. Aby ją wyświetlić, prosimy zezwolić na pliki cookie z kategorii: {categories}.',
  placeholderAllow: 'Zezwól i pokaż',
  'category.necessary.label': 'Niezbędne',
  'category.necessary.description': 'Potrzebne do bezpiecznego działania serwisu i zapamiętania tego wyboru. Nie można ich wyłączyć.',
  'category.functional.label': 'Funkcjonalne',
  'category.functional.description': 'Zapamiętują Państwa ustawienia, np. język lub region, i umożliwiają korzystanie z dodatkowych funkcji, takich jak czat.',
  'category.personalization.label': 'Personalizacja',
  'category.personalization.description': 'Dopasowują treści do Państwa zainteresowań i wyświetlają treści osadzone z innych serwisów, np. filmy i mapy.',
  'category.analytics.label': 'Analityczne',
  'category.analytics.description': 'Dzięki statystykom pomagają nam zrozumieć, jak odwiedzający korzystają z serwisu, abyśmy mogli go ulepszać.',
};
