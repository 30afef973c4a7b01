// 'consentry/protocol': what the browser and the servers must agree on, defined once. The SDK's
// own layers use these definitions; the collector and the scanner (packages/) import them through
// this entry only, so a receipt the SDK writes is one the collector accepts, a cookie the collector
// sets is one the SDK reads, and a configuration the scanner suggests is one the SDK takes.
// Nothing here touches a document, a window or Node: it runs on both sides.
export {
  COOKIE_DOMAIN,
  COOKIE_NAME,
  isCategoryName,
  isCookieName,
  isNoticeUrl,
  isPageUrl,
  isUuidV4,
  LANGUAGE_TAG,
  MAX_AGE_DAYS,
  MAX_CATEGORIES,
  MAX_SERVICES,
  REVISION,
} from './model/grammar';
export { checkReceipt, EVENT_TYPES, RECEIPT_SCHEMA } from './model/receipt-schema';
export { canonicalJson } from './model/canonical-json';
export { decodeChoice, encodeChoice } from './storage/cookie-codec';
export { DEFAULT_CATEGORIES, normaliseConfig } from './model/config';
export { METHODS, NECESSARY } from './model/decision';

export type { Receipt, ReceiptCheck } from './model/receipt-schema';
export type { StoredChoice } from './storage/cookie-codec';
export type { CategoryConfig, ConfigSource, ConsentConfig, CookieConfig, CookieDeclaration, LocalisedText, Settings, UiConfig } from './model/config';
export type { Method } from './model/decision';
