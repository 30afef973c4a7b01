// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { comparedProminence, contrastRatio } from '../src/prominence';
import type { ControlLook } from '../src/report';

const button = (name: string, look: Partial<ControlLook> = {}): ControlLook => ({ name, width: 120, height: 40, fontSize: 16, fontWeight: 600, textContrast: 7, fillContrast: 5, ...look });

describe('prominence of reject against accept', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('finds nothing when both buttons look the same, or differ within the margins', () => {
    expect(comparedProminence(button('Accept all'), button('Reject all'))).toEqual([]);
    expect(comparedProminence(button('Accept all'), button('Reject all', { width: 110, fontWeight: 500 }))).toEqual([]);
  });

  it('names each way reject is played down', () => {
    const problems = comparedProminence(button('Accept all'), button('Reject all', { width: 60, height: 18, fontSize: 12, fontWeight: 400, textContrast: 2.3, fillContrast: 1 }));
    expect(problems).toEqual([
      '"Reject all" is smaller (60×18 px) than "Accept all" (120×40 px)',
      'its text is smaller (12 px against 16 px)',
      'its text is lighter (weight 400 against 600)',
      'its text has low contrast (2.3:1 against 7.0:1)',
      '"Accept all" is a filled button and "Reject all" is not',
    ]);
  });

  it('does not mind two outlined or two filled buttons', () => {
    expect(comparedProminence(button('Accept all', { fillContrast: 1 }), button('Reject all', { fillContrast: 1 }))).toEqual([]);
  });
});
