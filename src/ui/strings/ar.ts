import type { LanguageTexts } from './en';

// Arabic (Modern Standard, right to left): the second person that Arabic interfaces use for
// every reader, and "ملفات تعريف الارتباط", the usual term for cookies.
export const ar: LanguageTexts = {
  bannerTitle: 'ملفات تعريف الارتباط على هذا الموقع',
  bannerBody:
    'نستخدم ملفات تعريف الارتباط الضرورية لكي يعمل هذا الموقع. ونودّ، بموافقتك، أن نستخدم أيضًا ملفات تعريف ارتباط اختيارية للميزات الإضافية والمحتوى المخصّص والإحصاءات. يمكنك تغيير اختيارك في أي وقت.',
  policyLink: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  managePreferences: 'إدارة التفضيلات',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesBody: 'اختر ملفات تعريف الارتباط الاختيارية التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا، لأن الموقع لا يعمل بدونها. يمكنك تغيير اختيارك في أي وقت.',
  gpcApplied: 'أرسل متصفحك إشارة Global Privacy Control، لذلك أوقفنا ملفات تعريف الارتباط الاختيارية. ويمكنك مع ذلك تفعيلها من هنا.',
  savePreferences: 'حفظ التفضيلات',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  servicesAndCookies: 'الخدمات وملفات تعريف الارتباط',
  cookieName: 'الاسم',
  cookieProvider: 'المزوّد',
  cookiePurpose: 'الغرض',
  cookieDuration: 'مدة الاحتفاظ',
  placeholderText: 'هذا المحتوى محظور. لعرضه، اسمح بملفات تعريف الارتباط الخاصة بـ: {categories}.',
  placeholderAllow: 'السماح والعرض',
  'category.necessary.label': 'ضرورية',
  'category.necessary.description': 'لازمة لكي يعمل الموقع بأمان ويتذكّر هذا الاختيار. لا يمكن إيقافها.',
  'category.functional.label': 'وظيفية',
  'category.functional.description': 'تتذكّر إعداداتك، مثل اللغة أو المنطقة، وتتيح ميزات إضافية مثل الدردشة.',
  'category.personalization.label': 'التخصيص',
  'category.personalization.description': 'تكيّف المحتوى مع اهتماماتك وتعرض محتوى مضمّنًا من مواقع أخرى، مثل مقاطع الفيديو والخرائط.',
  'category.analytics.label': 'تحليلية',
  'category.analytics.description': 'تساعدنا من خلال الإحصاءات على فهم طريقة استخدام الزوار للموقع، لكي نحسّنه.',
};
