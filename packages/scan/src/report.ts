// The scan report: what `--json FILE` writes (schema `consentry.scan/1`), and what the terminal and
// HTML reports print. These types are its documentation. Times are ISO 8601; URLs drop their query
// string and fragment (they may carry ids).
import type { CategoryConfig, ConsentConfig } from 'consentry/protocol';

/** Before any decision, after Reject all, after Accept all (SPEC §11), each in a fresh profile. */
export type Phase = 'before' | 'reject' | 'accept';

export const PHASE_TITLES: Record<Phase, string> = { before: 'Before any decision', reject: 'After Reject all', accept: 'After Accept all' };
/** The same, within a sentence. */
export const PHASE_PHRASES: Record<Phase, string> = { before: 'before any decision', reject: 'after Reject all', accept: 'after Accept all' };

/**
 * Consentry's categories plus `marketing` (the custom category Consent Mode's ad signals follow,
 * SPEC §5) and `unknown` (found in neither the Open Cookie Database nor the tracker-host list).
 */
export type ScanCategory = 'necessary' | 'functional' | 'personalization' | 'analytics' | 'marketing' | 'unknown';

export interface Classification {
  category: ScanCategory;
  /** The product behind it, e.g. "Google Analytics". */
  platform?: string;
  /** Who controls the data, e.g. "Google". */
  provider?: string;
  /** Retention the database states, e.g. "2 years". */
  retention?: string;
  /** Where the category came from. */
  source: 'open-cookie-database' | 'consent-tools' | 'tracker-hosts' | 'none';
  /** The database's name prefix it matched, e.g. "_ga_" for "_ga_X1Y2". */
  prefix?: string;
}

/** A script or request that wrote something, as far as the browser tells. */
export type Origin = { by: 'http'; url: string } | { by: 'script'; url: string; inline: boolean } | { by: 'unknown' };

export interface CookieRecord {
  name: string;
  domain: string;
  path: string;
  /** Seconds from the scan until it expires; null for a session cookie. */
  lifetimeSeconds: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  /** Its domain is not the scanned site's. */
  thirdParty: boolean;
  setBy: Origin;
  classification: Classification;
}

export interface StorageRecord {
  area: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  thirdParty: boolean;
  setBy: Origin;
  classification: Classification;
}

export interface RequestRecord {
  url: string;
  host: string;
  /** Playwright's resource type: script, image, xhr, fetch, document, ping, … */
  type: string;
  /** The script or page that made the request, when the browser says. */
  initiator: string | null;
  classification: Classification;
}

/** How one button compares with the other (computed styles, CSS pixels). */
export interface ControlLook {
  name: string;
  width: number;
  height: number;
  fontSize: number;
  fontWeight: number;
  /** WCAG contrast of its text on its background. */
  textContrast: number;
  /** WCAG contrast of its background with what surrounds it: 1 means no visible fill. */
  fillContrast: number;
}

export interface BannerReport {
  /** An accept or reject control was found on the first layer. */
  found: boolean;
  /** The first layer's controls. */
  accept: ControlLook | null;
  reject: ControlLook | null;
  /** Where the scan found a way to refuse: 1 the first layer, 2 behind its settings control, 'api' only Consentry's API, null nowhere. */
  refusal: 1 | 2 | 'api' | null;
  /** `window.Consentry` was present. */
  consentry: boolean;
  /** Ways the first layer's reject is less prominent than accept; empty when they are equal. */
  lessProminent: string[];
}

export interface PhaseReport {
  phase: Phase;
  /** How the decision was made: the control's name, `Consentry.rejectAll()`… null before deciding. */
  decision: string | null;
  /** Set when the phase could not be completed. */
  error: string | null;
  pages: string[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  /** Requests to other sites; after a decision, only those made after it. */
  requests: RequestRecord[];
  /** Where on other sites the site tried to send the browser's top frame: cancelled, never loaded. Present only when it tried. */
  blockedNavigations?: string[];
}

export interface Finding {
  severity: 'violation' | 'warning';
  subject: 'cookie' | 'storage' | 'request' | 'banner';
  phase: Phase;
  /** The cookie or key name, the host, or the banner. */
  name: string;
  category: ScanCategory;
  platform: string | null;
  /** Where it was seen and what set or sent it. */
  where: string;
  why: string;
  fix: string;
}

export interface ScanReport {
  schema: 'consentry.scan/1';
  url: string;
  scannedAt: string;
  browser: string;
  /** `compliant` → exit 0, `violations` → exit 1, `incomplete` → exit 2 (a phase failed, no violation). */
  verdict: 'compliant' | 'violations' | 'incomplete';
  banner: BannerReport;
  phases: PhaseReport[];
  findings: Finding[];
  /** A Consentry configuration (SPEC §1, §9) covering what the scan found. */
  suggestedConfig: SuggestedConfig;
  /** Cookies and keys the scan could not classify: the site owner must place them. */
  unclassified: string[];
}

/** The process exit status for a verdict (2 is also used when the scan could not start). */
export const EXIT_STATUS: Record<ScanReport['verdict'], 0 | 1 | 2> = { compliant: 0, violations: 1, incomplete: 2 };

/**
 * The configuration the scanner suggests: categories with their services. Typed as the SDK's own
 * configuration (consentry/protocol), so it cannot suggest an option the SDK does not have; a test
 * runs it through the SDK's normaliser.
 */
export type SuggestedConfig = ConsentConfig & { categories: Record<string, CategoryConfig> };
