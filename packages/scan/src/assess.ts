// Turns what the browser saw into the report: each cookie, storage key and request classified,
// each one that breaks the rules of consent made a finding with why it matters and how to fix it.
//
// A violation (SPEC §11), before any decision or after Reject all:
// - a cookie or storage key of a known non-necessary category, or an unknown one of another site;
// - a request to another site of a known non-necessary category, or of an unknown one;
// - a first layer without a reject, or with a reject less prominent than accept.
// An unknown first-party cookie or key is a warning: sites name their own session cookies freely,
// and only the owner knows whether one is necessary.
import type { CookieDatabase } from './cookie-database';
import { fixForOrigin, fixForRequest } from './fixes';
import { comparedProminence } from './prominence';
import type { Observations, ObservedPhase } from './scan-site';
import type { RawCookie, RawStorage } from './recorder';
import type { BannerReport, Classification, CookieRecord, Finding, Origin, Phase, PhaseReport, RequestRecord, ScanCategory, ScanReport, StorageRecord } from './report';
import { siteOf } from './site';
import { suggestedConfig } from './suggest-config';
import { classifyHost } from './tracker-hosts';

const WHY: Record<Exclude<ScanCategory, 'necessary'>, string> = {
  functional: 'It is not strictly necessary for what the visitor asked for, so storing it needs consent (ePrivacy Directive Art. 5(3)).',
  personalization: 'Content from another site or tailored to the visitor is not strictly necessary, so it needs consent (ePrivacy Directive Art. 5(3)).',
  analytics: 'Analytics is not strictly necessary: storing or reading its identifiers needs consent first (ePrivacy Directive Art. 5(3)).',
  marketing: 'Advertising and tracking need consent before anything is stored or sent (ePrivacy Directive Art. 5(3), GDPR Art. 6).',
  unknown: 'It belongs to another site that no database knows: treat it as tracking until you know it is strictly necessary.',
};
const WHY_REQUEST = "A request to another site gives it the visitor's IP address and the page they read before they decided (GDPR Art. 6).";
const UNKNOWN_FIRST_PARTY = 'No database knows this first-party name: if it is not strictly necessary, it needs consent.';
const MAYBE_NECESSARY = "If it is strictly necessary (a login session, the visitor's consent choice), nothing to do. Otherwise: ";
const STORAGE_TOO = ' The rules for cookies cover local storage too.';
const AFTER_REFUSAL = ' It is there after the visitor clicked Reject all: the refusal is not respected.';

/** What records are classified against: the scanned site, the moment of the scan, the cookie database. */
interface Classifying {
  site: string;
  /** Unix seconds, as cookies' expiry is. */
  scannedAt: number;
  database: CookieDatabase;
}

function cookieRecord(cookie: RawCookie, { site, scannedAt, database }: Classifying): CookieRecord {
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    lifetimeSeconds: cookie.expires < 0 ? null : Math.max(0, Math.round(cookie.expires - scannedAt)),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    thirdParty: siteOf(cookie.domain) !== site,
    setBy: cookie.setBy,
    classification: database.classify(cookie.name),
  };
}

function storageRecord(entry: RawStorage, { site, database }: Classifying): StorageRecord {
  return { ...entry, thirdParty: siteOf(new URL(entry.origin).hostname) !== site, classification: database.classify(entry.key) };
}

/** A phase as observed, with each cookie, storage key and request classified. */
function phaseReport(observed: ObservedPhase, classifying: Classifying): PhaseReport {
  return {
    phase: observed.phase,
    decision: observed.decision?.description ?? null,
    error: observed.error,
    pages: observed.pages,
    cookies: observed.cookies.map((cookie) => cookieRecord(cookie, classifying)),
    storage: observed.storage.map((entry) => storageRecord(entry, classifying)),
    requests: observed.requests.map((request) => ({ ...request, classification: classifyHost(request.host) })),
    ...(observed.blockedNavigations?.length && { blockedNavigations: observed.blockedNavigations }),
  };
}

function describeOrigin(origin: Origin): string {
  if (origin.by === 'http') return `set by the response to ${origin.url}`;
  if (origin.by === 'script') return origin.inline ? `written by an inline script in ${origin.url}` : `written by the script ${origin.url}`;
  return 'set by an unknown script or request';
}

function lifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  const days = seconds / 86_400;
  return days >= 2 ? `${Math.round(days)} days` : `${Math.max(1, Math.round(seconds / 3_600))} hours`;
}

const afterRefusal = (phase: Phase) => (phase === 'reject' ? AFTER_REFUSAL : '');

/** A cookie or a storage key, judged alike: the ePrivacy rule covers any storage on the device. */
interface Stored {
  subject: 'cookie' | 'storage';
  name: string;
  classification: Classification;
  thirdParty: boolean;
  where: string;
  setBy: Origin;
}

const storedCookie = (cookie: CookieRecord): Stored => ({
  subject: 'cookie',
  name: cookie.name,
  classification: cookie.classification,
  thirdParty: cookie.thirdParty,
  where: `${cookie.domain}${cookie.path}, kept ${lifetime(cookie.lifetimeSeconds)}`,
  setBy: cookie.setBy,
});

const storedKey = (entry: StorageRecord): Stored => ({
  subject: 'storage',
  name: entry.key,
  classification: entry.classification,
  thirdParty: entry.thirdParty,
  where: `${entry.area} of ${entry.origin}`,
  setBy: entry.setBy,
});

const storedIn = (phase: PhaseReport): Stored[] => [...phase.cookies.map(storedCookie), ...phase.storage.map(storedKey)];

function storedFinding(stored: Stored, phase: PhaseReport): Finding | null {
  const { category, platform } = stored.classification;
  if (category === 'necessary') return null;
  const severity = category !== 'unknown' || stored.thirdParty ? 'violation' : 'warning';
  const storageNote = stored.subject === 'storage' ? STORAGE_TOO : '';
  const fix = fixForOrigin(stored.setBy, category, phase.requests);
  return {
    severity,
    subject: stored.subject,
    phase: phase.phase,
    name: stored.name,
    category,
    platform: platform ?? null,
    where: `${stored.where}, ${describeOrigin(stored.setBy)}`,
    why: severity === 'warning' ? UNKNOWN_FIRST_PARTY + storageNote : WHY[category] + storageNote + afterRefusal(phase.phase),
    fix: severity === 'warning' ? MAYBE_NECESSARY + fix : fix,
  };
}

function requestFinding(request: RequestRecord, phase: PhaseReport): Finding | null {
  const { category, platform } = request.classification;
  if (category === 'necessary') return null;
  return {
    severity: 'violation',
    subject: 'request',
    phase: phase.phase,
    name: request.host,
    category,
    platform: platform ?? null,
    where: `${request.type} ${request.url}${request.initiator ? `, requested by ${request.initiator}` : ''}`,
    why: (category === 'unknown' ? WHY_REQUEST : `${WHY_REQUEST} ${WHY[category]}`) + afterRefusal(phase.phase),
    fix: fixForRequest(request, phase.pages),
  };
}

/** What a phase before any decision or after Reject all stores and sends without consent. */
function phaseFindings(phase: PhaseReport): Finding[] {
  const stored = storedIn(phase).map((item) => storedFinding(item, phase));
  const sent = phase.requests.map((request) => requestFinding(request, phase));
  return [...stored, ...sent].filter((finding) => finding !== null);
}

/** The first layer's controls, how they compare, and where a way to refuse was found. */
function bannerReport({ banner, phases }: Observations): BannerReport {
  const { accept, reject, consentry } = banner;
  const refusal = phases.find((phase) => phase.phase === 'reject')?.decision;
  return {
    found: accept !== null || reject !== null,
    accept,
    reject,
    refusal: refusal ? (refusal.layer ?? 'api') : null,
    consentry,
    lessProminent: accept && reject ? comparedProminence(accept, reject) : [],
  };
}

const bannerFinding = (severity: Finding['severity'], url: string, why: string, fix: string): Finding => ({
  severity,
  subject: 'banner',
  phase: 'before',
  name: 'consent banner',
  category: 'necessary',
  platform: null,
  where: url,
  why,
  fix,
});

/** The banner judged: a reject beside accept and as prominent; a banner at all when the site `needsConsent`. */
function bannerFindings(banner: BannerReport, url: string, needsConsent: boolean): Finding[] {
  const findings: Finding[] = [];
  if (banner.accept && !banner.reject) {
    const why =
      banner.refusal === 2
        ? `The first layer offers "${banner.accept.name}" but no reject: refusing takes more steps than accepting (EDPB Guidelines 03/2022; CNIL).`
        : `The banner offers "${banner.accept.name}" and no way to refuse was found: consent is not freely given (GDPR Art. 4(11), 7).`;
    findings.push(bannerFinding('violation', url, why, 'Put a "Reject all" button beside "Accept all", with the same size, weight and colours (Consentry\'s banner does, SPEC §4).'));
  }
  if (banner.lessProminent.length > 0) {
    const why = `Reject is less prominent than accept: ${banner.lessProminent.join('; ')}. A nudge towards accepting makes consent invalid (EDPB Guidelines 03/2022).`;
    findings.push(bannerFinding('violation', url, why, 'Give both buttons the same size, weight and colours.'));
  }
  if (!banner.found && !banner.consentry && needsConsent) {
    findings.push(
      bannerFinding(
        'warning',
        url,
        'No consent banner was found, yet the site stores or sends what needs consent.',
        'Add a consent tool (Consentry: one script tag, SPEC §1) and tag what needs consent.',
      ),
    );
  }
  return findings;
}

/**
 * Any violation decides. Otherwise a phase that failed leaves the scan incomplete, unless the site
 * has no banner and no Consentry API: then the phases after a decision have nothing to decide
 * with, and their failure says nothing about the scan.
 */
function verdictOf(findings: Finding[], phases: PhaseReport[], banner: BannerReport): ScanReport['verdict'] {
  if (findings.some((finding) => finding.severity === 'violation')) return 'violations';
  const failed = phases.some((phase) => phase.error !== null) && (banner.found || banner.consentry);
  return failed ? 'incomplete' : 'compliant';
}

/** Names of the cookies and keys the database does not know, once each. */
function unclassifiedNames(phases: PhaseReport[]): string[] {
  const unknown = phases.flatMap(storedIn).filter((stored) => stored.classification.category === 'unknown');
  return [...new Set(unknown.map((stored) => stored.name))];
}

export function assess(observations: Observations, database: CookieDatabase): ScanReport {
  const classifying = { site: siteOf(new URL(observations.url).hostname), scannedAt: Date.parse(observations.scannedAt) / 1000, database };
  const phases = observations.phases.map((observed) => phaseReport(observed, classifying));
  // What follows Accept all is not judged: it feeds the suggested configuration.
  const storedOrSent = phases.filter((phase) => phase.phase !== 'accept').flatMap(phaseFindings);
  const needsConsent = storedOrSent.some((finding) => finding.phase === 'before' && finding.severity === 'violation');
  const banner = bannerReport(observations);
  const findings = [...storedOrSent, ...bannerFindings(banner, observations.url, needsConsent)];
  return {
    schema: 'consentry.scan/1',
    url: observations.url,
    scannedAt: observations.scannedAt,
    browser: observations.browser,
    verdict: verdictOf(findings, phases, banner),
    banner,
    phases,
    findings,
    suggestedConfig: suggestedConfig(phases),
    unclassified: unclassifiedNames(phases),
  };
}
