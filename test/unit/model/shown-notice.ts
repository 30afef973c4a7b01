// A notice as an interface would report it having shown, for the notice-hash and receipt tests.
import type { ShownNotice } from '../../../src/model/consent';
import { settingsOf } from '../consent-harness';

/** The settings the notice below was shown under. */
export const NOTICE_SETTINGS = settingsOf({ policyUrl: '/privacy', revision: '2026-01' });

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
