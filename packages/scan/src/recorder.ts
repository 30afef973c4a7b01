// Records, in one browser context (one phase), what the site leaves and sends: cookies and who set
// them, storage keys and who wrote them, and requests to other sites with what made them.
// - Cookies from HTTP: the Set-Cookie headers of every response (Playwright reads the raw headers
//   from the DevTools protocol), so a cookie is tied to the request that set it.
// - Cookies and storage keys from scripts: an init script wraps the `document.cookie` setter and
//   `Storage#setItem` in every frame and reports the calling script's URL from the stack.
// - Request initiators: the DevTools protocol's Network.requestWillBeSent names the script or
//   document that made each request of the page's own frames.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { answerWithin } from './deadline';
import type { Origin } from './report';
import { siteOf, withoutQuery } from './site';

export interface RawCookie {
  name: string;
  domain: string;
  path: string;
  /** Unix seconds, or -1 for a session cookie (Playwright's convention). */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  setBy: Origin;
}

export interface RawStorage {
  area: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  setBy: Origin;
}

export interface RawRequest {
  url: string;
  host: string;
  type: string;
  initiator: string | null;
}

export interface RawPhase {
  cookies: RawCookie[];
  storage: RawStorage[];
  requests: RawRequest[];
}

/** What the init script reports for each write. */
interface ScriptWrite {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  script: string | null;
  page: string;
}

const BINDING = '__consentryScanWrite';

/**
 * Runs in every frame before the site's scripts. It takes the binding Playwright installed and
 * removes it from `window`, so the page cannot see it. Serialised by Playwright: self-contained.
 */
function watchWrites(binding: string): void {
  const w = window as unknown as Record<string, ((write: ScriptWrite) => void) | undefined>;
  const report = w[binding];
  delete w[binding];
  if (!report) return;
  const callerScript = (): string | null => {
    for (const line of (new Error().stack ?? '').split('\n').slice(2)) {
      const match = /(https?:\/\/[^\s)]+?):\d+:\d+\)?$/.exec(line);
      if (match) return match[1]!;
    }
    return null;
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      ...cookie,
      set(this: Document, value: string) {
        try {
          report({ kind: 'cookie', name: String(value).split('=')[0]!.trim(), script: callerScript(), page: location.href });
        } catch {
          // Recording must never break the page.
        }
        cookie.set!.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    try {
      report({ kind: this === window.sessionStorage ? 'sessionStorage' : 'localStorage', name: String(key), script: callerScript(), page: location.href });
    } catch {
      // As above.
    }
    return setItem.call(this, key, value);
  };
}

/** The script a stack names; an inline script's stack names its page. */
function scriptOrigin(write: ScriptWrite): Origin {
  if (!write.script) return { by: 'unknown' };
  const script = withoutQuery(write.script);
  return { by: 'script', url: script, inline: script === withoutQuery(write.page) };
}

/** Does a cookie for `domain` (leading dot or not) apply to `host`? RFC 6265 §5.1.3. */
function domainMatches(host: string, domain: string): boolean {
  const bare = domain.replace(/^\./, '');
  return host === bare || host.endsWith('.' + bare);
}

export interface Recorder {
  /** Opens a page whose requests' initiators are recorded too. */
  newPage(): Promise<Page>;
  /** Forget the requests so far: after a decision only what follows it counts. */
  markDecision(): void;
  /** Reads the storage keys every frame of `page` holds now (keys outlive a page only per origin), each frame answering within `answerMs`. */
  readStorage(page: Page, answerMs: number): Promise<void>;
  /** Everything recorded so far, with the context's cookies as they are now. */
  result(): Promise<RawPhase>;
}

/** Starts recording in a fresh context for the site at `siteUrl`. */
export async function startRecorder(context: BrowserContext, siteUrl: string): Promise<Recorder> {
  const site = siteOf(new URL(siteUrl).hostname);
  const scriptWrites: ScriptWrite[] = [];
  const httpCookies: { name: string; url: string; host: string }[] = [];
  const headerReads: Promise<void>[] = [];
  const initiators = new Map<string, string>();
  const storage = new Map<string, RawStorage>();
  let requests: RawRequest[] = [];

  await context.exposeBinding(BINDING, (_source, write: ScriptWrite) => {
    scriptWrites.push(write);
  });
  await context.addInitScript(watchWrites, BINDING);

  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol) || siteOf(url.hostname) === site) return;
    // A top-level navigation to another site is cancelled before it is sent and reported as such
    // (stay-on-site.ts): it is not a request the page made of that site.
    if (request.isNavigationRequest() && !request.frame().parentFrame()) return;
    requests.push({ url: withoutQuery(request.url()), host: url.hostname, type: request.resourceType(), initiator: null });
  });
  context.on('response', (response) => {
    headerReads.push(
      response
        .headersArray()
        .then((headers) => {
          for (const { name, value } of headers) {
            if (name.toLowerCase() !== 'set-cookie') continue;
            // One header may hold several cookies, one a line (Playwright joins them with \n).
            for (const line of value.split('\n')) {
              httpCookies.push({ name: line.split('=')[0]!.trim(), url: withoutQuery(response.url()), host: new URL(response.url()).hostname });
            }
          }
        })
        // A response whose page has closed has no headers left to read: nothing to record.
        .catch(() => {}),
    );
  });

  const origin = (name: string, domain: string): Origin => {
    const written = scriptWrites.findLast((write) => write.kind === 'cookie' && write.name === name && domainMatches(new URL(write.page).hostname, domain));
    if (written) return scriptOrigin(written);
    const set = httpCookies.findLast((cookie) => cookie.name === name && domainMatches(cookie.host, domain));
    return set ? { by: 'http', url: set.url } : { by: 'unknown' };
  };

  const readFrame = async (frame: Frame, answerMs: number) => {
    // Opaque origins (sandboxed frames, about:blank of another origin) throw on storage access.
    const read = frame.evaluate(() => ({ origin: location.origin, localStorage: Object.keys(localStorage), sessionStorage: Object.keys(sessionStorage) })).catch(() => null);
    const keys = await answerWithin(read, answerMs, 'reading its storage');
    if (!keys || !/^https?:/.test(keys.origin)) return;
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      for (const key of keys[area]) {
        const written = scriptWrites.findLast((write) => write.kind === area && write.name === key && new URL(write.page).origin === keys.origin);
        storage.set(`${area} ${keys.origin} ${key}`, { area, origin: keys.origin, key, setBy: written ? scriptOrigin(written) : { by: 'unknown' } });
      }
    }
  };

  return {
    async newPage() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
        const by = initiator.url ?? initiator.stack?.callFrames[0]?.url ?? initiator.stack?.parent?.callFrames[0]?.url;
        if (by) initiators.set(withoutQuery(request.url), withoutQuery(by));
      });
      await cdp.send('Network.enable');
      return page;
    },
    markDecision() {
      requests = [];
    },
    async readStorage(page, answerMs) {
      for (const frame of page.frames()) await readFrame(frame, answerMs);
    },
    async result() {
      await Promise.all(headerReads);
      const cookies = (await context.cookies()).map((cookie) => ({
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        expires: cookie.expires,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        setBy: origin(cookie.name, cookie.domain),
      }));
      const seen = new Set<string>();
      const unique = requests.map((request) => ({ ...request, initiator: initiators.get(request.url) ?? null })).filter((request) => !seen.has(request.url) && seen.add(request.url));
      return { cookies, storage: [...storage.values()], requests: unique };
    },
  };
}
