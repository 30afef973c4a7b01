import type { LanguageTexts } from './en';

// Hebrew (right to left): addressing the reader would force a gender on every verb, so the texts
// use the impersonal forms Israeli public sites use ("יש לבחור", "ניתן לשנות") and verbal nouns
// on the buttons; "עוגיות" is the everyday word for cookies.
export const he: LanguageTexts = {
  bannerTitle: 'עוגיות באתר זה',
  bannerBody: 'אנו משתמשים בעוגיות הכרחיות כדי שהאתר יפעל. בהסכמתך, נשמח להשתמש גם בעוגיות אופציונליות לתכונות נוספות, לתוכן מותאם אישית ולסטטיסטיקה. ניתן לשנות את הבחירה בכל עת.',
  policyLink: 'מדיניות הפרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  managePreferences: 'ניהול העדפות',
  preferencesTitle: 'העדפות עוגיות',
  preferencesBody: 'יש לבחור באילו עוגיות אופציונליות מותר לנו להשתמש. עוגיות הכרחיות פעילות תמיד, כי האתר אינו יכול לפעול בלעדיהן. ניתן לשנות את הבחירה בכל עת.',
  gpcApplied: 'הדפדפן שלך שלח אות Global Privacy Control, ולכן העוגיות האופציונליות כובו. עדיין ניתן להפעיל אותן כאן.',
  savePreferences: 'שמירת ההעדפות',
  close: 'סגירה',
  alwaysOn: 'פעילות תמיד',
  servicesAndCookies: 'שירותים ועוגיות',
  cookieName: 'שם',
  cookieProvider: 'ספק',
  cookiePurpose: 'מטרה',
  cookieDuration: 'משך שמירה',
  placeholderText: 'התוכן הזה חסום. כדי לצפות בו, יש לאשר עוגיות מהסוגים: {categories}.',
  placeholderAllow: 'אישור והצגה',
  'category.necessary.label': 'הכרחיות',
  'category.necessary.description': 'נדרשות כדי שהאתר יפעל באופן מאובטח ויזכור את הבחירה הזו. לא ניתן לכבות אותן.',
  'category.functional.label': 'פונקציונליות',
  'category.functional.description': 'זוכרות את ההגדרות שלך, כמו שפה או אזור, ומאפשרות תכונות נוספות כמו צ׳אט.',
  'category.personalization.label': 'התאמה אישית',
  'category.personalization.description': 'מתאימות את התוכן לתחומי העניין שלך ומציגות תוכן מוטמע מאתרים אחרים, כמו סרטונים ומפות.',
  'category.analytics.label': 'סטטיסטיקה',
  'category.analytics.description': 'עוזרות לנו להבין, באמצעות סטטיסטיקה, איך המבקרים משתמשים באתר, כדי שנוכל לשפר אותו.',
};
