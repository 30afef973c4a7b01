// The small, driver-neutral surface the engine flows are written against (flows.ts), so each flow
// is described once and run by every engine's own driver: Firefox through WebDriver BiDi
// (firefox.ts), WebKitGTK through classic WebDriver (webkit.ts), Chromium through Playwright
// (chromium.ts). Chromium's full suite, with what only Playwright can do, is test/e2e/.

/** An element to click: a CSS selector in the document, or one inside an open shadow root. */
export type Target = string | { shadowHost: string; selector: string };

/** A cookie as the browser holds it; `expires` in seconds since the epoch, null for a session cookie. */
export interface BrowserCookie {
  name: string;
  value: string;
  expires: number | null;
}

/** One visitor's tab, in a fresh profile: no cookies, no storage. */
export interface EnginePage {
  /** Opens a path of the demo server and waits for its `load` event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Clicks an element as a visitor would (the driver's own input), waiting for it to appear. */
  click(target: Target): Promise<void>;
  /** The value of a JavaScript expression in the page; a promise is awaited. Must be JSON-like. */
  evaluate<T>(expression: string): Promise<T>;
  /** The cookies of the current page's site. */
  cookies(): Promise<BrowserCookie[]>;
  close(): Promise<void>;
}

/** A running browser of one engine. */
export interface Engine {
  /** A new tab in a fresh profile, on the demo server at `baseUrl`. */
  newPage(baseUrl: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/** The script that finds a target, as an expression: the element, or null while it is not there. */
export function findTarget(target: Target): string {
  if (typeof target === 'string') return `document.querySelector(${JSON.stringify(target)})`;
  return `document.querySelector(${JSON.stringify(target.shadowHost)})?.shadowRoot?.querySelector(${JSON.stringify(target.selector)}) ?? null`;
}
