import type { LanguageTexts } from './en';

// European Portuguese (Portugal, and the norm of Angola and Mozambique): the polite third person
// without "você", "gerir", "guardar" and "website" as Portuguese sites write them; pt-BR.ts is
// Brazilian Portuguese.
export const pt: LanguageTexts = {
  bannerTitle: 'Cookies neste website',
  bannerBody:
    'Utilizamos cookies necessários para que este website funcione. Com o seu consentimento, gostaríamos de utilizar também cookies opcionais para funcionalidades, conteúdos personalizados e estatísticas. Pode alterar a sua escolha em qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  managePreferences: 'Gerir preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesBody:
    'Escolha quais os cookies opcionais que podemos utilizar. Os cookies necessários estão sempre ativos, porque o website não funciona sem eles. Pode alterar a sua escolha em qualquer momento.',
  gpcApplied: 'O seu browser enviou um sinal Global Privacy Control, pelo que os cookies opcionais foram desativados. Pode, ainda assim, ativá-los aqui.',
  savePreferences: 'Guardar preferências',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  servicesAndCookies: 'Serviços e cookies',
  cookieName: 'Nome',
  cookieProvider: 'Fornecedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Prazo de conservação',
  placeholderText: 'Este conteúdo está bloqueado. Para o ver, permita os cookies de: {categories}.',
  placeholderAllow: 'Permitir e mostrar',
  'category.necessary.label': 'Necessários',
  'category.necessary.description': 'Indispensáveis para que o website funcione em segurança e memorize esta escolha. Não podem ser desativados.',
  'category.functional.label': 'Funcionais',
  'category.functional.description': 'Memorizam as suas definições, como o idioma ou a região, e ativam funcionalidades adicionais, como o chat.',
  'category.personalization.label': 'Personalização',
  'category.personalization.description': 'Adaptam os conteúdos aos seus interesses e mostram conteúdos incorporados de outros sites, como vídeos e mapas.',
  'category.analytics.label': 'Analíticos',
  'category.analytics.description': 'Ajudam-nos a perceber, através de estatísticas, como os visitantes utilizam o website, para o podermos melhorar.',
};
