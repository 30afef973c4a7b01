// Is Reject all as prominent as Accept all? SPEC §4 asks equal size, weight and prominence; the
// EDPB's guidelines on deceptive design (03/2022) and the CNIL name the usual ways a refusal is
// played down: a smaller button, lighter or smaller text, a faint colour, or accept filled while
// reject is a plain link. Each rule below is one of those, with a margin for rounding and borders.
import type { ControlLook } from './report';

/** Reject below this share of accept's area counts as smaller (a 10% margin for padding, borders). */
const AREA_SHARE = 0.8;
const FONT_SIZE_SHARE = 0.9;
/** CSS font weights differ in steps of 100; one step is not visible in most fonts. */
const WEIGHT_STEP = 200;
/** WCAG 2.2 AA contrast for text. */
const TEXT_CONTRAST = 4.5;
/** A background this close to its surroundings reads as no fill at all. */
const NO_FILL = 1.25;
/** A fill at least this distinct reads as a filled button. */
const FILLED = 1.5;

/** WCAG relative luminance of an sRGB colour (channels 0-255). */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** WCAG contrast ratio of two sRGB colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The ways `reject` is less prominent than `accept`, as sentences; empty when it is not. */
export function comparedProminence(accept: ControlLook, reject: ControlLook): string[] {
  const problems: string[] = [];
  const area = (look: ControlLook) => look.width * look.height;
  if (area(reject) < AREA_SHARE * area(accept)) {
    problems.push(`"${reject.name}" is smaller (${Math.round(reject.width)}×${Math.round(reject.height)} px) than "${accept.name}" (${Math.round(accept.width)}×${Math.round(accept.height)} px)`);
  }
  if (reject.fontSize < FONT_SIZE_SHARE * accept.fontSize) {
    problems.push(`its text is smaller (${reject.fontSize} px against ${accept.fontSize} px)`);
  }
  if (reject.fontWeight <= accept.fontWeight - WEIGHT_STEP) {
    problems.push(`its text is lighter (weight ${reject.fontWeight} against ${accept.fontWeight})`);
  }
  if (reject.textContrast < TEXT_CONTRAST && reject.textContrast < accept.textContrast) {
    problems.push(`its text has low contrast (${reject.textContrast.toFixed(1)}:1 against ${accept.textContrast.toFixed(1)}:1)`);
  }
  if (accept.fillContrast >= FILLED && reject.fillContrast < NO_FILL) {
    problems.push(`"${accept.name}" is a filled button and "${reject.name}" is not`);
  }
  return problems;
}
