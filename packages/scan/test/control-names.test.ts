// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { controlRole, normaliseName } from '../src/control-names';

describe('banner control names', () => {
  it('takes the whole name, without case, punctuation or the word "cookies"', () => {
    expect(normaliseName('  Accept ALL cookies! ')).toBe('accept all');
    expect(normaliseName('Alle Cookies ablehnen')).toBe('alle ablehnen');
    expect(normaliseName("J'accepte")).toBe("j'accepte");
  });

  it('knows reject, accept and settings in many languages', () => {
    expect(['Reject all', 'Alle ablehnen', 'Tout refuser', 'Rechazar todo', 'Rifiuta tutto', 'Odrzuć wszystkie', 'すべて拒否'].map(controlRole)).toEqual(Array(7).fill('reject'));
    expect(['Accept all', 'Alle akzeptieren', 'Tout accepter', 'Aceptar todo', 'Accetta tutto', 'Akceptuj wszystkie', 'Приемам всички'].map(controlRole)).toEqual(Array(7).fill('accept'));
    expect(['Manage preferences', 'Cookie settings', 'Einstellungen', 'Paramétrer'].map(controlRole)).toEqual(Array(4).fill('settings'));
  });

  it('reads "accept necessary" as a refusal, and ignores everything else', () => {
    expect(controlRole('Accept necessary cookies')).toBe('reject');
    expect(controlRole('Only essential')).toBe('reject');
    expect(controlRole('Accept the terms of sale and continue')).toBeNull();
    expect(controlRole('Read more')).toBeNull();
  });
});
