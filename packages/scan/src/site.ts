// "Same site" as browsers mean it: the registrable domain (example.co.uk for www.example.co.uk),
// from the Public Suffix List that tldts bundles. Hosts without one (IP addresses, localhost) are
// their own site, so 127.0.0.1 and localhost are two sites, as they are to the browser.
import { getDomain } from 'tldts';

/** The site a host belongs to: its registrable domain, else the host itself. */
export function siteOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase();
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

/** The URL without its query string and fragment, which may carry identifiers. */
export function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}
