import type { LanguageTexts } from './en';

// Brazilian Portuguese: "você", the neutral polite address of Brazilian sites, and the words the
// LGPD notices of Brazilian sites use ("gerenciar", "salvar", "recursos").
export const ptBR: LanguageTexts = {
  bannerTitle: 'Cookies neste site',
  bannerBody:
    'Usamos cookies necessários para que este site funcione. Com o seu consentimento, também gostaríamos de usar cookies opcionais para recursos extras, conteúdo personalizado e estatísticas. Você pode alterar sua escolha a qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  managePreferences: 'Gerenciar preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesBody: 'Escolha quais cookies opcionais podemos usar. Os cookies necessários estão sempre ativos, porque o site não funciona sem eles. Você pode alterar sua escolha a qualquer momento.',
  gpcApplied: 'Seu navegador enviou um sinal do Global Privacy Control, por isso os cookies opcionais foram desativados para você. Mesmo assim, você pode ativá-los aqui.',
  savePreferences: 'Salvar preferências',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  servicesAndCookies: 'Serviços e cookies',
  cookieName: 'Nome',
  cookieProvider: 'Provedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  placeholderText: 'Este conteúdo está bloqueado. Para vê-lo, permita os cookies de: {categories}.',
  placeholderAllow: 'Permitir e exibir',
  'category.necessary.label': 'Necessários',
  'category.necessary.description': 'Essenciais para que o site funcione com segurança e lembre esta escolha. Não podem ser desativados.',
  'category.functional.label': 'Funcionais',
  'category.functional.description': 'Lembram suas configurações, como idioma ou região, e ativam recursos extras, como o chat.',
  'category.personalization.label': 'Personalização',
  'category.personalization.description': 'Adaptam o conteúdo aos seus interesses e exibem conteúdo incorporado de outros sites, como vídeos e mapas.',
  'category.analytics.label': 'Analíticos',
  'category.analytics.description': 'Ajudam a entender, por meio de estatísticas, como os visitantes usam o site, para que possamos melhorá-lo.',
};
