// A notice as an interface would report it having shown, for the notice-hash and receipt tests.
import type { ShownNotice } from '../../../src/model/consent';

/** The banner's texts as an interface would report them (policy /privacy, revision 2026-01). */
export const SHOWN: ShownNotice = {
  language: 'en',
  texts: {
    title: 'We use cookies',
    text: 'Choose which optional cookies you allow.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    'category.analytics.description': 'Counts visits anonymously.',
  },
};
