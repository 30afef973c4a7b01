import type { LanguageTexts } from './en';

// Greek: the polite plural (σας), and "cookies" in Latin letters, as Greek sites and the Hellenic
// Data Protection Authority write it; labels are neuter plural to agree with it.
export const el: LanguageTexts = {
  bannerTitle: 'Cookies σε αυτόν τον ιστότοπο',
  bannerBody:
    'Χρησιμοποιούμε απαραίτητα cookies για να λειτουργεί αυτός ο ιστότοπος. Με τη συγκατάθεσή σας, θα θέλαμε να χρησιμοποιούμε και προαιρετικά cookies για πρόσθετες λειτουργίες, εξατομικευμένο περιεχόμενο και στατιστικά στοιχεία. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.',
  policyLink: 'Πολιτική απορρήτου',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  managePreferences: 'Διαχείριση προτιμήσεων',
  preferencesTitle: 'Προτιμήσεις cookies',
  preferencesBody:
    'Επιλέξτε ποια προαιρετικά cookies μπορούμε να χρησιμοποιούμε. Τα απαραίτητα cookies είναι πάντα ενεργά, επειδή ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.',
  gpcApplied: 'Το πρόγραμμα περιήγησής σας έστειλε σήμα Global Privacy Control, επομένως τα προαιρετικά cookies απενεργοποιήθηκαν. Ωστόσο, μπορείτε να τα ενεργοποιήσετε εδώ.',
  savePreferences: 'Αποθήκευση προτιμήσεων',
  close: 'Κλείσιμο',
  alwaysOn: 'Πάντα ενεργά',
  servicesAndCookies: 'Υπηρεσίες και cookies',
  cookieName: 'Όνομα',
  cookieProvider: 'Πάροχος',
  cookiePurpose: 'Σκοπός',
  cookieDuration: 'Διάρκεια',
  placeholderText: 'Αυτό το περιεχόμενο έχει αποκλειστεί. Για να το δείτε, επιτρέψτε τα cookies για: {categories}.',
  placeholderAllow: 'Ενεργοποίηση και προβολή',
  'category.necessary.label': 'Απαραίτητα',
  'category.necessary.description': 'Χρειάζονται για την ασφαλή λειτουργία του ιστότοπου και για να απομνημονεύεται αυτή η επιλογή. Δεν μπορούν να απενεργοποιηθούν.',
  'category.functional.label': 'Λειτουργικά',
  'category.functional.description': 'Θυμούνται τις ρυθμίσεις σας, όπως τη γλώσσα ή την περιοχή, και ενεργοποιούν πρόσθετες λειτουργίες, όπως τη ζωντανή συνομιλία.',
  'category.personalization.label': 'Εξατομίκευση',
  'category.personalization.description': 'Προσαρμόζουν το περιεχόμενο στα ενδιαφέροντά σας και εμφανίζουν ενσωματωμένο περιεχόμενο από άλλους ιστότοπους, όπως βίντεο και χάρτες.',
  'category.analytics.label': 'Στατιστικά',
  'category.analytics.description': 'Μας βοηθούν να κατανοήσουμε, μέσω στατιστικών στοιχείων, πώς χρησιμοποιούν οι επισκέπτες τον ιστότοπο, ώστε να τον βελτιώνουμε.',
};
