// Keeps a page's top-level navigations on the scanned site. A hostile site can send the browser
// anywhere the scanner's machine reaches (`location = 'http://localhost:8080/admin'`, a redirect, a
// refresh), and what the page then shows would be read and screenshotted into the HTML report. So
// every document request of the top frame is paused before it is sent (the DevTools protocol's
// Fetch domain, which, unlike Playwright's routes, pauses each hop of a redirect too) and one to
// another site is cancelled: it is never sent, and the page stays where it was. Frames and
// subresources of other sites still load: what they do is what the scan is there to see.
import type { Page } from 'playwright-core';
import { siteOf, withoutQuery } from './site';

/** Guards `page`; returns the list, growing as they happen, of the navigations it cancelled (URLs without their query). */
export async function keepOnSite(page: Page, site: string): Promise<string[]> {
  const cancelled: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const top = frameTree.frame.id;
  cdp.on('Fetch.requestPaused', ({ requestId, frameId, request }) => {
    const url = new URL(request.url);
    if (frameId !== top || siteOf(url.hostname) === site) {
      cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
      return;
    }
    const away = withoutQuery(request.url);
    if (!cancelled.includes(away)) cancelled.push(away);
    // Aborted, as when a visitor stops a load: the page keeps the document it has (a failure
    // such as BlockedByClient would replace it with an error page).
    cdp.send('Fetch.failRequest', { requestId, errorReason: 'Aborted' }).catch(() => {});
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Document', requestStage: 'Request' }] });
  return cancelled;
}
