import type { LanguageTexts } from './en';

// Italian: the formal "Lei" in the text (buttons in the usual second-person imperative);
// "cookie" does not change in the plural, and the Garante's own "cookie analitici".
export const it: LanguageTexts = {
  bannerTitle: 'Cookie su questo sito',
  bannerBody:
    'Utilizziamo cookie necessari per il funzionamento di questo sito. Con il suo consenso, vorremmo utilizzare anche cookie facoltativi per funzionalità aggiuntive, contenuti personalizzati e statistiche. Può modificare la sua scelta in qualsiasi momento.',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  managePreferences: 'Gestisci preferenze',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesBody:
    'Scelga quali cookie facoltativi possiamo utilizzare. I cookie necessari sono sempre attivi, perché il sito non può funzionare senza di essi. Può modificare la sua scelta in qualsiasi momento.',
  gpcApplied: 'Il suo browser ha inviato un segnale Global Privacy Control, quindi i cookie facoltativi sono stati disattivati. Può comunque attivarli qui.',
  savePreferences: 'Salva preferenze',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  servicesAndCookies: 'Servizi e cookie',
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  placeholderText: 'Questo contenuto è bloccato. Per visualizzarlo, consenta i cookie per: {categories}.',
  placeholderAllow: 'Consenti e mostra',
  'category.necessary.label': 'Necessari',
  'category.necessary.description': 'Servono al funzionamento sicuro del sito e a ricordare questa scelta. Non possono essere disattivati.',
  'category.functional.label': 'Funzionali',
  'category.functional.description': 'Ricordano le sue impostazioni, come la lingua o la regione, e attivano funzionalità aggiuntive come la chat.',
  'category.personalization.label': 'Personalizzazione',
  'category.personalization.description': 'Adattano i contenuti ai suoi interessi e mostrano contenuti incorporati da altri siti, come video e mappe.',
  'category.analytics.label': 'Analitici',
  'category.analytics.description': 'Ci aiutano a capire, tramite statistiche, come i visitatori utilizzano il sito, per poterlo migliorare.',
};
