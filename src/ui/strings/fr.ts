import type { LanguageTexts } from './en';

// French typography: a no-break space (U+00A0) before « : » and inside « ».
export const fr: LanguageTexts = {
  bannerTitle: 'Cookies sur ce site',
  bannerBody:
    'Nous utilisons des cookies nécessaires au fonctionnement de ce site. Avec votre consentement, nous souhaitons également utiliser des cookies facultatifs pour des fonctionnalités, des contenus personnalisés et des statistiques. Vous pouvez modifier votre choix à tout moment.',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  managePreferences: 'Gérer mes choix',
  preferencesTitle: 'Paramètres des cookies',
  preferencesBody:
    'Choisissez les cookies facultatifs que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Vous pouvez modifier votre choix à tout moment.',
  gpcApplied: 'Votre navigateur a envoyé un signal Global Privacy Control, les cookies facultatifs ont donc été désactivés pour vous. Vous pouvez néanmoins les activer ici.',
  savePreferences: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  servicesAndCookies: 'Services et cookies',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée de conservation',
  placeholderText: 'Ce contenu est bloqué. Pour l’afficher, autorisez les cookies pour\u00a0: {categories}.',
  placeholderAllow: 'Autoriser et afficher',
  'category.necessary.label': 'Nécessaires',
  'category.necessary.description': 'Indispensables au fonctionnement sécurisé du site et à la mémorisation de ce choix. Ils ne peuvent pas être désactivés.',
  'category.functional.label': 'Fonctionnels',
  'category.functional.description': 'Mémorisent vos réglages, comme la langue ou la région, et activent des fonctionnalités supplémentaires comme le chat.',
  'category.personalization.label': 'Personnalisation',
  'category.personalization.description': 'Adaptent le contenu à vos centres d’intérêt et affichent des contenus intégrés d’autres sites, comme des vidéos et des cartes.',
  'category.analytics.label': 'Mesure d’audience',
  'category.analytics.description': 'Nous aident à comprendre, grâce à des statistiques, comment les visiteurs utilisent le site, afin de l’améliorer.',
};
