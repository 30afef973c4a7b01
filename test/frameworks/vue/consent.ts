// The app's one instance. Receipts go to the collector through the dev server's proxy (see
// vite.config.ts). In `vite dev`, an edit re-runs this module (through whichever component accepts
// the update) and creates a new instance: the previous one, kept in import.meta.hot.data, is
// destroyed first, or its banner would stay beside the new one.
import { createConsent } from 'consentry';

import.meta.hot?.data['consent']?.destroy();
export const consent = createConsent({ endpoint: '/consent/v1/receipts', policyUrl: '/privacy', revision: '2026-01' });
if (import.meta.hot) import.meta.hot.data['consent'] = consent;
