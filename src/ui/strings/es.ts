import type { LanguageTexts } from './en';

export const es: LanguageTexts = {
  bannerTitle: 'Cookies en este sitio',
  bannerBody:
    'Utilizamos cookies necesarias para que este sitio funcione. Con su consentimiento, también nos gustaría utilizar cookies opcionales para funciones, contenido personalizado y estadísticas. Puede cambiar su elección en cualquier momento.',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  managePreferences: 'Gestionar preferencias',
  preferencesTitle: 'Preferencias de cookies',
  preferencesBody:
    'Elija qué cookies opcionales podemos utilizar. Las cookies necesarias están siempre activas, porque el sitio no puede funcionar sin ellas. Puede cambiar su elección en cualquier momento.',
  gpcApplied: 'Su navegador ha enviado una señal de Global Privacy Control, por lo que las cookies opcionales se han desactivado. Aun así, puede activarlas aquí.',
  savePreferences: 'Guardar preferencias',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  servicesAndCookies: 'Servicios y cookies',
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  placeholderText: 'Este contenido está bloqueado. Para verlo, permita las cookies de: {categories}.',
  placeholderAllow: 'Permitir y mostrar',
  'category.necessary.label': 'Necesarias',
  'category.necessary.description': 'Imprescindibles para que el sitio funcione de forma segura y recuerde esta elección. No se pueden desactivar.',
  'category.functional.label': 'Funcionales',
  'category.functional.description': 'Recuerdan sus ajustes, como el idioma o la región, y habilitan funciones adicionales como el chat.',
  'category.personalization.label': 'Personalización',
  'category.personalization.description': 'Adaptan el contenido a sus intereses y muestran contenido integrado de otros sitios, como vídeos y mapas.',
  'category.analytics.label': 'Analíticas',
  'category.analytics.description': 'Nos ayudan a entender, mediante estadísticas, cómo se utiliza el sitio, para poder mejorarlo.',
};
