import type { LanguageTexts } from './en';

// Chinese in traditional characters, for `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO`, in the wording
// of Taiwan (隱私權政策, 設定, 個人化): the polite 您, full-width punctuation.
export const zhHant: LanguageTexts = {
  bannerTitle: '本網站使用 Cookie',
  bannerBody: '我們使用必要的 Cookie 來確保本網站正常運作。經您同意後，我們也希望使用選用的 Cookie，以提供附加功能、個人化內容及統計分析。您可以隨時變更您的選擇。',
  policyLink: '隱私權政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  managePreferences: '管理偏好設定',
  preferencesTitle: 'Cookie 偏好設定',
  preferencesBody: '請選擇我們可以使用哪些選用的 Cookie。必要的 Cookie 一律啟用，因為網站少了它們便無法運作。您可以隨時變更您的選擇。',
  gpcApplied: '您的瀏覽器傳送了 Global Privacy Control 訊號，因此我們已為您關閉選用的 Cookie。您仍可在此處啟用這些 Cookie。',
  savePreferences: '儲存設定',
  close: '關閉',
  alwaysOn: '一律啟用',
  servicesAndCookies: '服務與 Cookie',
  cookieName: '名稱',
  cookieProvider: '提供者',
  cookiePurpose: '用途',
  cookieDuration: '保存期限',
  placeholderText: '此內容已遭封鎖。如要查看，請允許下列類別的 Cookie：{categories}。',
  placeholderAllow: '允許並顯示',
  'category.necessary.label': '必要',
  'category.necessary.description': '用於確保網站安全運作並記住您的這項選擇，無法關閉。',
  'category.functional.label': '功能',
  'category.functional.description': '記住您的設定（例如語言或地區），並啟用聊天等附加功能。',
  'category.personalization.label': '個人化',
  'category.personalization.description': '依照您的興趣調整內容，並顯示來自其他網站的嵌入內容，例如影片和地圖。',
  'category.analytics.label': '統計分析',
  'category.analytics.description': '透過統計資料協助我們了解訪客如何使用本網站，以便我們加以改善。',
};
