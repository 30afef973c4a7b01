import type { LanguageTexts } from './en';

// Korean: the polite 해요체/합니다체 that Korean sites use with visitors; buttons as short nouns.
export const ko: LanguageTexts = {
  bannerTitle: '이 사이트의 쿠키',
  bannerBody:
    '이 사이트는 운영에 필요한 필수 쿠키를 사용합니다. 동의하시면 추가 기능, 맞춤형 콘텐츠, 통계를 위해 선택 쿠키도 사용하려고 합니다. 선택은 언제든지 변경할 수 있습니다.',
  policyLink: '개인정보 처리방침',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  managePreferences: '설정 관리',
  preferencesTitle: '쿠키 설정',
  preferencesBody:
    '허용할 선택 쿠키를 골라 주세요. 필수 쿠키는 사이트가 작동하는 데 꼭 필요하므로 항상 사용됩니다. 선택은 언제든지 변경할 수 있습니다.',
  savePreferences: '설정 저장',
  close: '닫기',
  alwaysOn: '항상 사용',
  servicesAndCookies: '서비스 및 쿠키',
  cookieName: '이름',
  cookieProvider: '제공업체',
  cookiePurpose: '목적',
  cookieDuration: '보관 기간',
  placeholderText: '이 콘텐츠는 차단되어 있습니다. 보려면 다음 쿠키를 허용해 주세요: {categories}.',
  placeholderAllow: '허용하고 보기',
  'category.necessary.label': '필수',
  'category.necessary.description':
    '사이트가 안전하게 작동하고 이 선택을 기억하는 데 필요합니다. 끌 수 없습니다.',
  'category.functional.label': '기능',
  'category.functional.description':
    '언어나 지역 같은 설정을 기억하고 채팅 같은 추가 기능을 제공합니다.',
  'category.personalization.label': '맞춤 설정',
  'category.personalization.description':
    '관심사에 맞게 콘텐츠를 조정하고 동영상, 지도 등 다른 사이트의 콘텐츠를 삽입해 보여 줍니다.',
  'category.analytics.label': '분석',
  'category.analytics.description':
    '통계를 통해 방문자가 사이트를 어떻게 이용하는지 파악하여 사이트를 개선하는 데 도움을 줍니다.',
};
