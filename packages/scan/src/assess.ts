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
import { comparedProminence } from './prominence';
import type { Observations, ObservedPhase } from './scan-site';
import type { RawCookie, RawStorage } from './recorder';
import type { Classification, CookieRecord, Finding, Origin, PhaseReport, RequestRecord, ScanCategory, ScanReport, StorageRecord } from './report';
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
const MAYBE_NECESSARY = 'If it is strictly necessary (a login session, the visitor\'s consent choice), nothing to do. Otherwise: ';
const AFTER_REFUSAL = ' It is there after the visitor clicked Reject all: the refusal is not respected.';

/** The category to write in a tag: unknown things still need one, chosen by the owner. */
const tagCategory = (category: ScanCategory) => (category === 'unknown' ? 'marketing' : category);

function describeOrigin(origin: Origin): string {
  if (origin.by === 'http') return `set by the response to ${origin.url}`;
  if (origin.by === 'script') return origin.inline ? `written by an inline script in ${origin.url}` : `written by the script ${origin.url}`;
  return 'set by an unknown script or request';
}

/** The tag that makes a script or element wait for consent (SPEC §2). */
function taggedElement(type: string, url: string, category: string): string {
  if (type === 'image') return `<img data-category="${category}" data-src="${url}" alt="">`;
  if (type === 'document') return `<iframe data-category="${category}" data-src="${url}"></iframe>`;
  if (type === 'stylesheet') return `<link rel="stylesheet" data-category="${category}" data-href="${url}">`;
  return `<script type="text/plain" data-category="${category}" src="${url}"></script>`;
}

function fixForOrigin(origin: Origin, category: ScanCategory, requests: RequestRecord[]): string {
  const tag = tagCategory(category);
  const unknownNote = category === 'unknown' ? ' (or the category it belongs to)' : '';
  if (origin.by === 'script' && origin.inline) return `Make the inline script wait for consent: <script type="text/plain" data-category="${tag}">…</script>${unknownNote}.`;
  if (origin.by === 'script') return `Load the script only after consent: ${taggedElement('script', origin.url, tag)}${unknownNote}.`;
  if (origin.by === 'http') {
    const request = requests.find((candidate) => candidate.url === origin.url);
    if (request) return `Load it only after consent: ${taggedElement(request.type, request.url, tag)}${unknownNote}.`;
    return `Your server sets it: set it only once the visitor has consented to ${tag}, or declare it as necessary if it is.`;
  }
  return `Find what sets it and tag it with data-category="${tag}"${unknownNote}; declare it under that category's "cookies" so a refusal or withdrawal deletes it.`;
}

function fixForRequest(request: RequestRecord, pages: string[]): string {
  const tag = tagCategory(request.classification.category);
  const unknownNote = request.classification.category === 'unknown' ? ' (or the category it belongs to)' : '';
  if (request.initiator && !pages.includes(request.initiator)) {
    return `It is made by ${request.initiator}: load that script only after consent, ${taggedElement('script', request.initiator, tag)}${unknownNote}.`;
  }
  return `Tag the element in your page: ${taggedElement(request.type, request.url, tag)}${unknownNote}.`;
}

function lifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  const days = seconds / 86_400;
  return days >= 2 ? `${Math.round(days)} days` : `${Math.max(1, Math.round(seconds / 3_600))} hours`;
}

export function assess(observations: Observations, database: CookieDatabase): ScanReport {
  const site = siteOf(new URL(observations.url).hostname);
  const scannedAt = Date.parse(observations.scannedAt) / 1000;
  const findings: Finding[] = [];

  const cookieRecord = (cookie: RawCookie): CookieRecord => ({
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
  });
  const storageRecord = (entry: RawStorage): StorageRecord => ({
    ...entry,
    thirdParty: siteOf(new URL(entry.origin).hostname) !== site,
    classification: database.classify(entry.key),
  });

  const phaseReport = (observed: ObservedPhase): PhaseReport => ({
    phase: observed.phase,
    decision: observed.decision?.description ?? null,
    error: observed.error,
    pages: observed.pages,
    cookies: observed.cookies.map(cookieRecord),
    storage: observed.storage.map(storageRecord),
    requests: observed.requests.map((request) => ({ ...request, classification: classifyHost(request.host) })),
  });
  const phases = observations.phases.map(phaseReport);

  for (const phase of phases.filter((candidate) => candidate.phase !== 'accept')) {
    const after = phase.phase === 'reject' ? AFTER_REFUSAL : '';
    // Cookies and storage keys are judged alike: the ePrivacy rule covers any storage on the device.
    const stored = (subject: 'cookie' | 'storage', name: string, classification: Classification, thirdParty: boolean, where: string, setBy: Origin) => {
      const { category, platform } = classification;
      if (category === 'necessary') return;
      const severity = category !== 'unknown' || thirdParty ? 'violation' : 'warning';
      const storageNote = subject === 'storage' ? ' The rules for cookies cover local storage too.' : '';
      const fix = fixForOrigin(setBy, category, phase.requests);
      findings.push({
        severity,
        subject,
        phase: phase.phase,
        name,
        category,
        platform: platform ?? null,
        where: `${where}, ${describeOrigin(setBy)}`,
        why: severity === 'warning' ? UNKNOWN_FIRST_PARTY + storageNote : WHY[category] + storageNote + after,
        fix: severity === 'warning' ? MAYBE_NECESSARY + fix : fix,
      });
    };
    for (const cookie of phase.cookies) stored('cookie', cookie.name, cookie.classification, cookie.thirdParty, `${cookie.domain}${cookie.path}, kept ${lifetime(cookie.lifetimeSeconds)}`, cookie.setBy);
    for (const entry of phase.storage) stored('storage', entry.key, entry.classification, entry.thirdParty, `${entry.area} of ${entry.origin}`, entry.setBy);
    for (const request of phase.requests) {
      const { category, platform } = request.classification;
      if (category === 'necessary') continue;
      findings.push({
        severity: 'violation',
        subject: 'request',
        phase: phase.phase,
        name: request.host,
        category,
        platform: platform ?? null,
        where: `${request.type} ${request.url}${request.initiator ? `, requested by ${request.initiator}` : ''}`,
        why: (category === 'unknown' ? WHY_REQUEST : `${WHY_REQUEST} ${WHY[category]}`) + after,
        fix: fixForRequest(request, phase.pages),
      });
    }
  }

  const reject = observations.phases.find((phase) => phase.phase === 'reject');
  const { accept: acceptLook, reject: rejectLook, consentry } = observations.banner;
  const lessProminent = acceptLook && rejectLook ? comparedProminence(acceptLook, rejectLook) : [];
  const bannerFinding = (why: string, fix: string): Finding => ({ severity: 'violation', subject: 'banner', phase: 'before', name: 'consent banner', category: 'necessary', platform: null, where: observations.url, why, fix });
  if (acceptLook && !rejectLook) {
    findings.push(
      bannerFinding(
        reject?.decision?.layer === 2
          ? `The first layer offers "${acceptLook.name}" but no reject: refusing takes more steps than accepting (EDPB Guidelines 03/2022; CNIL).`
          : `The banner offers "${acceptLook.name}" and no way to refuse was found: consent is not freely given (GDPR Art. 4(11), 7).`,
        'Put a "Reject all" button beside "Accept all", with the same size, weight and colours (Consentry\'s banner does, SPEC §4).',
      ),
    );
  }
  if (lessProminent.length > 0) {
    findings.push(
      bannerFinding(`Reject is less prominent than accept: ${lessProminent.join('; ')}. A nudge towards accepting makes consent invalid (EDPB Guidelines 03/2022).`, 'Give both buttons the same size, weight and colours.'),
    );
  }
  const acted = findings.some((finding) => finding.phase === 'before' && finding.severity === 'violation');
  if (!acceptLook && !rejectLook && !consentry && acted) {
    findings.push({
      severity: 'warning',
      subject: 'banner',
      phase: 'before',
      name: 'consent banner',
      category: 'necessary',
      platform: null,
      where: observations.url,
      why: 'No consent banner was found, yet the site stores or sends what needs consent.',
      fix: 'Add a consent tool (Consentry: one script tag, SPEC §1) and tag what needs consent.',
    });
  }

  const failed = phases.some((phase) => phase.error !== null) && !(acceptLook === null && rejectLook === null && !consentry);
  const verdict = findings.some((finding) => finding.severity === 'violation') ? 'violations' : failed ? 'incomplete' : 'compliant';
  const everything = phases.flatMap((phase) => [...phase.cookies.map((cookie) => ({ name: cookie.name, classification: cookie.classification })), ...phase.storage.map((entry) => ({ name: entry.key, classification: entry.classification }))]);
  return {
    schema: 'consentry.scan/1',
    url: observations.url,
    scannedAt: observations.scannedAt,
    browser: observations.browser,
    verdict,
    banner: {
      found: acceptLook !== null || rejectLook !== null,
      accept: acceptLook,
      reject: rejectLook,
      refusal: reject?.decision ? (reject.decision.layer ?? 'api') : null,
      consentry,
      lessProminent,
    },
    phases,
    findings,
    suggestedConfig: suggestedConfig(phases),
    unclassified: [...new Set(everything.filter((item) => item.classification.category === 'unknown').map((item) => item.name))],
  };
}
