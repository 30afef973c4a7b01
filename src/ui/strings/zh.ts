import type { LanguageTexts } from './en';

// Chinese in simplified characters (mainland China, Singapore; `zh` and `zh-Hans`): the polite
// 您, "Cookie" as Chinese sites write it, full-width punctuation. zh-Hant.ts is traditional.
export const zh: LanguageTexts = {
  bannerTitle: '本网站使用 Cookie',
  bannerBody: '我们使用必要的 Cookie 来确保本网站正常运行。征得您的同意后，我们还希望使用可选 Cookie，用于提供附加功能、个性化内容和统计分析。您可以随时更改您的选择。',
  policyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  managePreferences: '管理偏好设置',
  preferencesTitle: 'Cookie 偏好设置',
  preferencesBody: '请选择我们可以使用哪些可选 Cookie。必要 Cookie 始终启用，因为没有它们网站将无法运行。您可以随时更改您的选择。',
  gpcApplied: '您的浏览器发送了 Global Privacy Control 信号，因此我们已为您关闭可选 Cookie。您仍可在此处启用这些 Cookie。',
  savePreferences: '保存设置',
  close: '关闭',
  alwaysOn: '始终启用',
  servicesAndCookies: '服务和 Cookie',
  cookieName: '名称',
  cookieProvider: '提供方',
  cookiePurpose: '用途',
  cookieDuration: '保存期限',
  placeholderText: '此内容已被屏蔽。如需查看，请允许以下类别的 Cookie：{categories}。',
  placeholderAllow: '允许并显示',
  'category.necessary.label': '必要',
  'category.necessary.description': '用于保障网站安全运行并记住您的此项选择，无法关闭。',
  'category.functional.label': '功能',
  'category.functional.description': '记住您的设置（如语言或地区），并启用聊天等附加功能。',
  'category.personalization.label': '个性化',
  'category.personalization.description': '根据您的兴趣调整内容，并显示来自其他网站的嵌入内容，如视频和地图。',
  'category.analytics.label': '统计分析',
  'category.analytics.description': '通过统计数据帮助我们了解访客如何使用本网站，以便我们加以改进。',
};
