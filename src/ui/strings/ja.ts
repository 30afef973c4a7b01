import type { LanguageTexts } from './en';

// Japanese: polite です・ます style, "お客様" for the reader as Japanese sites address visitors,
// full-width punctuation (、。：).
export const ja: LanguageTexts = {
  bannerTitle: '当サイトでのCookieの使用',
  bannerBody:
    '当サイトでは、サイトの運営に必要なCookieを使用しています。お客様の同意をいただいた場合は、追加機能、コンテンツのパーソナライズ、統計のために任意のCookieも使用します。選択内容はいつでも変更できます。',
  policyLink: 'プライバシーポリシー',
  acceptAll: 'すべて同意',
  rejectAll: 'すべて拒否',
  managePreferences: '詳細設定',
  preferencesTitle: 'Cookieの設定',
  preferencesBody: '使用を許可する任意のCookieを選択してください。必須のCookieはサイトの動作に不可欠なため、常に有効です。選択内容はいつでも変更できます。',
  gpcApplied: 'お客様のブラウザからGlobal Privacy Controlのシグナルが送信されたため、任意のCookieを無効にしました。ただし、ここで有効にすることもできます。',
  savePreferences: '設定を保存',
  close: '閉じる',
  alwaysOn: '常に有効',
  servicesAndCookies: 'サービスとCookie',
  cookieName: '名前',
  cookieProvider: '提供元',
  cookiePurpose: '目的',
  cookieDuration: '保存期間',
  placeholderText: 'このコンテンツはブロックされています。表示するには、次のCookieを許可してください：{categories}。',
  placeholderAllow: '許可して表示',
  'category.necessary.label': '必須',
  'category.necessary.description': 'サイトを安全に動作させ、この選択を記憶するために必要です。無効にすることはできません。',
  'category.functional.label': '機能性',
  'category.functional.description': '言語や地域などの設定を記憶し、チャットなどの追加機能を利用できるようにします。',
  'category.personalization.label': 'パーソナライズ',
  'category.personalization.description': 'お客様の興味に合わせてコンテンツを表示し、動画や地図など他のサイトのコンテンツを埋め込んで表示します。',
  'category.analytics.label': '分析',
  'category.analytics.description': 'サイトの利用状況を統計で把握し、サイトの改善に役立てます。',
};
