// The app's one instance, created when the module loads, on the server and in the browser alike.
import { createConsent } from 'consentry';

export const consent = createConsent({ policyUrl: '/privacy', revision: '2026-01' });
