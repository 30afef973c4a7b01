// How to fix a finding: the markup that makes the script or element behind it wait for consent
// (SPEC §2), tagged with the category it belongs to.
import type { Origin, RequestRecord, ScanCategory } from './report';

/** The category to write in a tag: unknown things still need one, chosen by the owner. */
const tagCategory = (category: ScanCategory) => (category === 'unknown' ? 'marketing' : category);

/** For an unknown thing the tag's category is a guess: the owner knows better. */
const unknownNote = (category: ScanCategory) => (category === 'unknown' ? ' (or the category it belongs to)' : '');

/** The tag that makes a script or element wait for consent. */
function taggedElement(type: string, url: string, category: string): string {
  if (type === 'image') return `<img data-category="${category}" data-src="${url}" alt="">`;
  if (type === 'document') return `<iframe data-category="${category}" data-src="${url}"></iframe>`;
  if (type === 'stylesheet') return `<link rel="stylesheet" data-category="${category}" data-href="${url}">`;
  return `<script type="text/plain" data-category="${category}" src="${url}"></script>`;
}

/** The fix for a cookie or storage key: tag what set it, found among the phase's `requests` when a response did. */
export function fixForOrigin(origin: Origin, category: ScanCategory, requests: RequestRecord[]): string {
  const tag = tagCategory(category);
  const note = unknownNote(category);
  if (origin.by === 'script' && origin.inline) return `Make the inline script wait for consent: <script type="text/plain" data-category="${tag}">…</script>${note}.`;
  if (origin.by === 'script') return `Load the script only after consent: ${taggedElement('script', origin.url, tag)}${note}.`;
  if (origin.by === 'http') {
    const request = requests.find((candidate) => candidate.url === origin.url);
    if (request) return `Load it only after consent: ${taggedElement(request.type, request.url, tag)}${note}.`;
    return `Your server sets it: set it only once the visitor has consented to ${tag}, or declare it as necessary if it is.`;
  }
  return `Find what sets it and tag it with data-category="${tag}"${note}; declare it under that category's "cookies" so a refusal or withdrawal deletes it.`;
}

/** The fix for a request: tag the script that made it, or the element itself when a page did. */
export function fixForRequest(request: RequestRecord, pages: string[]): string {
  const { category } = request.classification;
  const tag = tagCategory(category);
  const note = unknownNote(category);
  if (request.initiator && !pages.includes(request.initiator)) {
    return `It is made by ${request.initiator}: load that script only after consent, ${taggedElement('script', request.initiator, tag)}${note}.`;
  }
  return `Tag the element in your page: ${taggedElement(request.type, request.url, tag)}${note}.`;
}
