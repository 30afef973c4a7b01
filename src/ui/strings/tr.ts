import type { LanguageTexts } from './en';

// Turkish: the polite "siz" in the text (buttons in the usual imperative), and "çerez", the
// word of KVKK's cookie guide.
export const tr: LanguageTexts = {
  bannerTitle: 'Bu sitede çerezler',
  bannerBody:
    'Sitenin çalışması için zorunlu çerezler kullanıyoruz. İzin vermeniz hâlinde ek özellikler, kişiselleştirilmiş içerik ve istatistikler için isteğe bağlı çerezler de kullanmak istiyoruz. Tercihinizi istediğiniz zaman değiştirebilirsiniz.',
  policyLink: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  managePreferences: 'Tercihleri yönet',
  preferencesTitle: 'Çerez tercihleri',
  preferencesBody: 'Hangi isteğe bağlı çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır, çünkü site onlar olmadan çalışamaz. Tercihinizi istediğiniz zaman değiştirebilirsiniz.',
  gpcApplied: 'Tarayıcınız bir Global Privacy Control sinyali gönderdi, bu nedenle isteğe bağlı çerezler sizin için kapatıldı. Yine de bunları buradan açabilirsiniz.',
  savePreferences: 'Tercihleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  servicesAndCookies: 'Hizmetler ve çerezler',
  cookieName: 'Ad',
  cookieProvider: 'Sağlayıcı',
  cookiePurpose: 'Amaç',
  cookieDuration: 'Saklama süresi',
  placeholderText: 'Bu içerik engellendi. Görüntülemek için şu çerezlere izin verin: {categories}.',
  placeholderAllow: 'İzin ver ve göster',
  'category.necessary.label': 'Zorunlu',
  'category.necessary.description': 'Sitenin güvenli bir şekilde çalışması ve bu tercihin hatırlanması için gereklidir. Kapatılamaz.',
  'category.functional.label': 'İşlevsel',
  'category.functional.description': 'Dil veya bölge gibi ayarlarınızı hatırlar ve canlı sohbet gibi ek özellikleri etkinleştirir.',
  'category.personalization.label': 'Kişiselleştirme',
  'category.personalization.description': 'İçeriği ilgi alanlarınıza göre uyarlar ve diğer sitelerden videolar ve haritalar gibi yerleşik içerikleri gösterir.',
  'category.analytics.label': 'Analiz',
  'category.analytics.description': 'İstatistikler aracılığıyla ziyaretçilerin siteyi nasıl kullandığını anlamamıza ve siteyi geliştirmemize yardımcı olur.',
};
