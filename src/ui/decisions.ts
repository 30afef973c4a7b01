// What a decision made in the interface carries (SPEC §7): the language and the exact texts on
// screen, which the receipt records with their hash. The prerendered banner and the components
// decide through here alike, so a banner decision records the same notice whoever drew it.
import type { ConsentInternals } from '../model/consent';
import type { Method } from '../model/decision';
import type { Choices } from '../model/choices';
import { pickTexts, type Wording } from './language';

/**
 * The ids of the texts the banner shows, in its order: those of its prerendered markup, which are
 * also what the build puts in each language's banner part (vite.config.ts).
 */
export const BANNER_KEYS = ['bannerTitle', 'bannerBody', 'policyLink', 'rejectAll', 'acceptAll', 'managePreferences'];

/** The texts the banner shows, exactly as rendered: what a banner decision's receipt records. */
export function bannerTexts(wording: Wording, policyUrl: string | null): Record<string, string> {
  return pickTexts(
    wording,
    BANNER_KEYS.filter((key) => policyUrl || key !== 'policyLink'),
  );
}

/** Records `choices` (or, with true or false, all) as decided by `method` on a layer that showed `texts` in `wording`'s language. */
export function decideShown({ decide }: ConsentInternals, { language }: Wording, choices: Choices | boolean, method: Method, texts: Record<string, string>): void {
  decide(choices, method, { language, texts });
}

/** The banner's Accept all (true) or Reject all (false): every optional category and service. */
export function decideOnBanner(internals: ConsentInternals, wording: Wording, granted: boolean): void {
  decideShown(internals, wording, granted, granted ? 'banner.accept_all' : 'banner.reject_all', bannerTexts(wording, internals.settings.policyUrl));
}
