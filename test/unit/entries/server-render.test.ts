// @vitest-environment node
import { describe, expect, test } from 'vitest';

// SPEC §6 and STYLE: the core never assumes a document at import time or at run time (server
// rendering, workers): it keeps state in memory and never throws.
describe('without a document', () => {
  test('the headless core imports, starts, decides and reports without throwing', async () => {
    expect(typeof document).toBe('undefined');
    const { createConsent } = await import('../../../src/core');
    const consent = createConsent({ revision: 'ssr' });
    expect(consent.state).toMatchObject({ decided: false, revision: 'ssr' });
    const changes: unknown[] = [];
    consent.on('change', (state) => changes.push(state));
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(changes).toHaveLength(1);
    consent.destroy();
  });
});
