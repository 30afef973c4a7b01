// Polite crawling: which links of a page the scanner may follow. Same site only, pages only (no
// downloads), nothing that looks like it changes state (log out, delete, unsubscribe), no
// fragments or repeats, at most `limit` pages. Forms are never submitted: only links are followed.
import { siteOf, withoutQuery } from './site';

const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|mov|webm|avi|wav|ogg|docx?|xlsx?|pptx?|csv|xml|json|rss|atom)$/i;
const CHANGES_STATE = /(log-?out|sign-?out|log-?off|delete|remove|unsubscribe|cancel|cart\/add|add-to-cart|checkout)/i;

/** The next pages to visit from `hrefs` (absolute, as the browser resolved them), in order. */
export function pagesToVisit(start: string, hrefs: readonly string[], limit: number): string[] {
  const site = siteOf(new URL(start).hostname);
  const pages = [withoutQuery(start)];
  const chosen: string[] = [];
  for (const href of hrefs) {
    if (chosen.length >= limit) break;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || siteOf(url.hostname) !== site) continue;
    if (NOT_A_PAGE.test(url.pathname) || CHANGES_STATE.test(url.pathname + url.search)) continue;
    url.hash = '';
    // Pages are told apart without their query string: /?page=2 and /?page=3 are one template.
    const page = withoutQuery(url.href);
    if (pages.includes(page)) continue;
    pages.push(page);
    chosen.push(url.href);
  }
  return chosen;
}
