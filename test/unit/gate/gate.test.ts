// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"enableIframePageLoading":true,"enableCSSFileLoading":true}}
// Script evaluation is on so that activated scripts really run (happy-dom never runs scripts
// created by innerHTML, like browsers); every request (scripts, iframes, stylesheets) is answered
// by the fake network below, so nothing leaves the machine.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeUi, resetPage, start } from '../consent-harness';

interface TestWindow {
  log: string[];
  happyDOM: { settings: { fetch: { interceptor: unknown } } };
  Response: typeof Response;
}
const page = window as unknown as TestWindow;

// The fake network: every URL a script asks for is recorded; a held URL answers only on release.
let requested: string[];
let held: Map<string, Promise<void>>;
let missing: Set<string>;

/** Holds the answer to `url` until the returned function is called. */
function hold(url: string): () => void {
  let release!: () => void;
  held.set(url, new Promise((resolve) => (release = resolve)));
  return release;
}

beforeEach(() => {
  page.log = [];
  requested = [];
  held = new Map();
  missing = new Set();
  const script = (url: string) => `log.push(${JSON.stringify(new URL(url).pathname.slice(1))})`;
  page.happyDOM.settings.fetch.interceptor = {
    async beforeAsyncRequest({ request }: { request: Request }) {
      requested.push(request.url);
      await held.get(request.url);
      return new page.Response(script(request.url), { headers: { 'content-type': 'text/javascript' } });
    },
    // happy-dom fetches a classic script without async synchronously, and so fires its load or
    // error event at once; a slow one is modelled with a module script (fetched asynchronously).
    beforeSyncRequest({ request }: { request: Request }) {
      requested.push(request.url);
      const found = !missing.has(request.url);
      return {
        status: found ? 200 : 404,
        statusText: found ? 'OK' : 'Not Found',
        ok: found,
        url: request.url,
        redirected: false,
        headers: new Headers({ 'content-type': 'text/javascript' }),
        body: found ? Buffer.from(script(request.url)) : null,
      };
    },
  };
});
afterEach(resetPage);

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
/** Resolves when an activated script (found by id) fires load or error. */
const settled = (id: string) =>
  new Promise((resolve) => {
    $(`#${id}`).addEventListener('load', resolve);
    $(`#${id}`).addEventListener('error', resolve);
  });

describe('activation', () => {
  test('nothing tagged runs or loads before a decision; after Accept all, everything does', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics">log.push('inline')</script>
      <script type="text/plain" data-category="analytics" src="https://stats.example/lib.js" async></script>
      <iframe data-category="personalization" data-src="https://video.example/embed/1"></iframe>
      <img data-category="analytics" data-src="https://pixel.example/p.gif" data-srcset="https://pixel.example/p2.gif 2x" alt="">
      <video><source data-category="functional" data-src="https://media.example/v.mp4"></video>
      <audio data-category="functional" data-src="https://media.example/a.mp3"></audio>
      <embed data-category="functional" data-src="https://media.example/e.swf">
      <object data-category="functional" data-src="https://media.example/o.pdf"></object>
      <link data-category="functional" rel="stylesheet" data-href="https://fonts.example/f.css">`;
    const consent = start();
    expect(page.log).toEqual([]);
    expect(requested).toEqual([]);
    expect(document.querySelectorAll(':not(script)[src],[srcset],[href],object[data]')).toHaveLength(0);
    expect(document.querySelectorAll('script:not([type="text/plain"])')).toHaveLength(0);

    consent.acceptAll();
    expect(page.log).toEqual(['inline']);
    expect(requested.sort()).toEqual(['https://fonts.example/f.css', 'https://stats.example/lib.js', 'https://video.example/embed/1']);
    expect($('iframe').getAttribute('src')).toBe('https://video.example/embed/1');
    expect($('img').getAttribute('src')).toBe('https://pixel.example/p.gif');
    expect($('img').getAttribute('srcset')).toBe('https://pixel.example/p2.gif 2x');
    expect($('source').getAttribute('src')).toBe('https://media.example/v.mp4');
    expect($('audio').getAttribute('src')).toBe('https://media.example/a.mp3');
    expect($('embed').getAttribute('src')).toBe('https://media.example/e.swf');
    // <object> loads from `data`, not `src`.
    expect($('object').getAttribute('data')).toBe('https://media.example/o.pdf');
    expect($('link').getAttribute('href')).toBe('https://fonts.example/f.css');
  });

  test('a new <source> makes its media element reselect its source', () => {
    document.body.innerHTML = `<video><source data-category="functional" data-src="https://media.example/v.mp4"></video>`;
    const load = vi.spyOn($<HTMLVideoElement>('video'), 'load');
    start().set({ functional: true });
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('only the granted categories activate, and a tag needs every category it lists', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics">log.push('analytics')</script>
      <script type="text/plain" data-category="analytics personalization">log.push('both')</script>
      <script type="text/plain" data-category="necessary">log.push('necessary')</script>`;
    const consent = start();
    // necessary is always granted (SPEC §3), so it needs no decision.
    expect(page.log).toEqual(['necessary']);
    consent.set({ analytics: true });
    expect(page.log).toEqual(['necessary', 'analytics']);
    consent.set({ personalization: true });
    expect(page.log).toEqual(['necessary', 'analytics', 'both']);
  });

  test('"!category" runs once the category is refused, never before a decision or while granted', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="!analytics">log.push('opt-out')</script>
      <script type="text/plain" data-category="functional !analytics">log.push('functional, no analytics')</script>`;
    const consent = start();
    expect(page.log).toEqual([]);
    consent.acceptAll();
    expect(page.log).toEqual([]);
    consent.set({ analytics: false });
    expect(page.log).toEqual(['opt-out', 'functional, no analytics']);
  });

  test('each tagged script runs at most once, however often consent changes', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics">log.push('yes')</script>
      <script type="text/plain" data-category="!analytics">log.push('no')</script>`;
    const consent = start();
    consent.acceptAll();
    consent.rejectAll();
    consent.acceptAll();
    consent.rejectAll();
    expect(page.log).toEqual(['yes', 'no']);
  });

  test('an activated element is not loaded again when the page moves it', async () => {
    document.body.innerHTML = `<div id="a"><iframe data-category="functional" data-src="https://video.example/1"></iframe></div><div id="b"></div>`;
    start().acceptAll();
    const iframe = $('iframe');
    const setAttribute = vi.spyOn(iframe, 'setAttribute');
    $('#b').append(iframe);
    await Promise.resolve(); // the observer's records are delivered as a microtask
    expect(setAttribute).not.toHaveBeenCalled();
  });

  test('a tag naming an unknown category, or none, stays blocked with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytcs">log.push('typo')</script>
      <script type="text/plain" data-category="!ads">log.push('unknown refusal')</script>
      <iframe data-category=" " data-src="https://video.example/1"></iframe>`;
    const consent = start();
    consent.rejectAll();
    consent.acceptAll();
    expect(page.log).toEqual([]);
    expect($('iframe').hasAttribute('src')).toBe(false);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'Consentry: unknown category or service "analytcs"; it stays blocked.',
      'Consentry: unknown category or service "!ads"; it stays blocked.',
      'Consentry: unknown category or service ""; it stays blocked.',
    ]);
  });

  test('the activated script keeps its attributes; data-type="module" makes it a module', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" id="lib" src="https://stats.example/lib.js" async defer
        integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" data-site="42"></script>
      <script type="text/plain" data-category="analytics" data-type="module" id="mod">log.push('module')</script>`;
    start().acceptAll();
    const lib = $<HTMLScriptElement>('#lib');
    expect(lib.hasAttribute('type')).toBe(false);
    for (const [name, value] of Object.entries({
      src: 'https://stats.example/lib.js',
      async: '',
      defer: '',
      integrity: 'sha384-abc',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      'data-site': '42',
      'data-category': 'analytics',
    })) {
      expect(lib.getAttribute(name), name).toBe(value);
    }
    expect($('#mod').getAttribute('type')).toBe('module');
  });
});

describe('nonces (strict CSP)', () => {
  /** Browsers hide a parsed script's nonce attribute and keep it in the property: so does this. */
  function hideNonce(id: string, nonce: string): void {
    const script = $<HTMLScriptElement>(`#${id}`);
    script.removeAttribute('nonce');
    script.nonce = nonce;
  }
  function loaderWithNonce(nonce: string): void {
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(Object.assign(document.createElement('script'), { nonce }));
  }

  test('a tagged script keeps its own nonce, read from the property', () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" id="own">log.push('own')</script>`;
    hideNonce('own', 'page-nonce');
    start().acceptAll();
    expect($<HTMLScriptElement>('#own').nonce).toBe('page-nonce');
  });

  test('with shareNonce, inline tagged scripts without a nonce get the loader nonce; external ones do not', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" id="inline">log.push('inline')</script>
      <script type="text/plain" data-category="analytics" id="external" src="https://stats.example/lib.js" async></script>`;
    loaderWithNonce('loader-nonce');
    start({ shareNonce: true }).acceptAll();
    expect($<HTMLScriptElement>('#inline').nonce).toBe('loader-nonce');
    expect($<HTMLScriptElement>('#external').nonce || '').toBe('');
  });

  test('without shareNonce, the loader nonce is never given away', () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" id="inline">log.push('inline')</script>`;
    loaderWithNonce('loader-nonce');
    start().acceptAll();
    expect($<HTMLScriptElement>('#inline').nonce || '').toBe('');
  });
});

describe('order', () => {
  test('scripts run in document order', () => {
    document.body.innerHTML = ['one', 'two', 'three', 'four']
      .map((name, index) => `<script type="text/plain" data-category="${index % 2 ? 'analytics' : 'functional'}">log.push('${name}')</script>`)
      .join('<p>between</p>');
    start().acceptAll();
    expect(page.log).toEqual(['one', 'two', 'three', 'four']);
  });

  test('an external script without async holds back later tagged scripts until it has loaded', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-type="module" id="lib" src="https://cdn.example/lib"></script>
      <script type="text/plain" data-category="analytics">log.push('uses lib')</script>
      <script type="text/plain" data-category="functional">log.push('after')</script>`;
    const release = hold('https://cdn.example/lib');
    start().acceptAll();
    await vi.waitFor(() => expect(requested).toEqual(['https://cdn.example/lib']));
    expect(page.log).toEqual([]);
    const loaded = settled('lib');
    release();
    await loaded;
    expect(page.log).toEqual(['lib', 'uses lib', 'after']);
  });

  test('a failed external script releases the scripts after it, as the parser would', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" src="https://cdn.example/gone"></script>
      <script type="text/plain" data-category="analytics" src="https://cdn.example/found"></script>
      <script type="text/plain" data-category="analytics">log.push('after')</script>`;
    missing.add('https://cdn.example/gone');
    start().acceptAll();
    expect(requested).toEqual(['https://cdn.example/gone', 'https://cdn.example/found']);
    expect(page.log).toEqual(['found', 'after']);
  });

  test('an async external script holds nothing back', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" id="lib" src="https://cdn.example/slow" async></script>
      <script type="text/plain" data-category="analytics">log.push('inline')</script>`;
    const release = hold('https://cdn.example/slow');
    start().acceptAll();
    expect(page.log).toEqual(['inline']);
    const loaded = settled('lib');
    release();
    await loaded;
    expect(page.log).toEqual(['inline', 'slow']);
  });

  test('a script waiting behind a slow one does not run if its consent is withdrawn meanwhile', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="functional" data-type="module" id="lib" src="https://cdn.example/lib2"></script>
      <script type="text/plain" data-category="analytics">log.push('analytics')</script>
      <script type="text/plain" data-category="functional">log.push('functional')</script>`;
    const release = hold('https://cdn.example/lib2');
    const consent = start();
    consent.acceptAll();
    consent.set({ analytics: false });
    const loaded = settled('lib');
    release();
    await loaded;
    expect(page.log).toEqual(['lib2', 'functional']);
    consent.set({ analytics: true });
    expect(page.log).toEqual(['lib2', 'functional', 'analytics']);
  });
});

describe('dynamic content', () => {
  test('tags added after start-up are activated, alone or anywhere inside an added subtree', async () => {
    start().acceptAll();
    const script = Object.assign(document.createElement('script'), { type: 'text/plain', text: "log.push('alone')" });
    script.dataset.category = 'analytics';
    document.body.append(script);
    const widget = document.createElement('div');
    widget.innerHTML = `<section><script type="text/plain" data-category="analytics">log.push('nested')</script>
      <iframe data-category="personalization" data-src="https://video.example/2"></iframe></section>`;
    document.body.append(widget);
    await vi.waitFor(() => expect(page.log).toEqual(['alone', 'nested']));
    expect($('iframe').getAttribute('src')).toBe('https://video.example/2');
  });

  test('many tags added at once (one observer call) each run once, in document order, nested ones included', async () => {
    start().acceptAll();
    const added = Array.from({ length: 200 }, (_, index) => {
      const element = document.createElement(index % 2 ? 'div' : 'script');
      const tag = `<script type="text/plain" data-category="analytics">log.push(${index})</script>`;
      if (element instanceof HTMLScriptElement) Object.assign(element, { type: 'text/plain', text: `log.push(${index})` }).dataset.category = 'analytics';
      else element.innerHTML = `<p>${tag}</p>`;
      return element;
    });
    document.body.append(...added);
    await vi.waitFor(() => expect(page.log).toHaveLength(200));
    await Promise.resolve();
    expect(page.log).toEqual(added.map((_, index) => index));
  });

  test('a tag that an activated script adds is activated too', async () => {
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">
      const next = document.createElement('script');
      next.type = 'text/plain'; next.dataset.category = 'analytics'; next.text = "log.push('added by a tag')";
      document.body.append(next); log.push('tag');</script>`;
    start().acceptAll();
    await vi.waitFor(() => expect(page.log).toEqual(['tag', 'added by a tag']));
  });

  test('tags added before the decision wait for it', async () => {
    const consent = start();
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">log.push('late')</script>`;
    await Promise.resolve();
    expect(page.log).toEqual([]);
    consent.acceptAll();
    expect(page.log).toEqual(['late']);
  });

  test('while the document is still loading, nothing is activated before DOMContentLoaded', () => {
    // The parser may not have finished the last script's text yet; the first scan waits.
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    document.body.innerHTML = `<script type="text/plain" data-category="analytics">log.push('parsed')</script>`;
    const consent = start();
    consent.acceptAll();
    expect(page.log).toEqual([]);
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(page.log).toEqual(['parsed']);
  });
});

describe('placeholders for blocked iframes', () => {
  const iframe = `<iframe data-category="personalization analytics" data-src="https://video.example/1"></iframe>`;

  test('a blocked iframe asks the interface for one placeholder, however many decisions pass while it waits', async () => {
    // Removing it once the categories are granted is the placeholder's own job (mount.test.tsx).
    document.body.innerHTML = iframe;
    const ui = fakeUi();
    const consent = start({}, ui.loadUi);
    await vi.waitFor(() => expect($('iframe').dataset.placeholder).toBe('shown'));
    expect(ui.module.mountPlaceholder).toHaveBeenCalledWith(consent, expect.anything(), $('iframe'));
    consent.set({ personalization: true });
    consent.set({ analytics: true });
    expect($('iframe').getAttribute('src')).toBe('https://video.example/1');
    expect(ui.module.mountPlaceholder).toHaveBeenCalledTimes(1);
  });

  test('allowing from the placeholder records a decision with method placeholder and loads the iframe', async () => {
    document.body.innerHTML = `<iframe data-category="personalization" data-src="https://video.example/1"></iframe>`;
    const ui = fakeUi();
    vi.mocked(ui.module.mountPlaceholder).mockImplementation((_consent, internals) => {
      internals.decide({ personalization: true }, 'placeholder');
      return () => {};
    });
    const consent = start({}, ui.loadUi);
    await vi.waitFor(() => expect($('iframe').getAttribute('src')).toBe('https://video.example/1'));
    expect(consent.state).toMatchObject({ method: 'placeholder', categories: { personalization: true, analytics: false } });
  });

  test('an iframe that leaves the page takes its placeholder with it', async () => {
    document.body.innerHTML = iframe;
    const ui = fakeUi();
    start({}, ui.loadUi);
    const element = $('iframe');
    await vi.waitFor(() => expect(element.dataset.placeholder).toBeDefined());
    element.remove();
    await vi.waitFor(() => expect(element.dataset.placeholder).toBeUndefined());
  });

  test('no placeholder for an unknown category (it never unblocks), nor without an interface', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `<iframe data-category="unknown" data-src="https://video.example/2"></iframe>`;
    const ui = fakeUi();
    start({}, ui.loadUi);
    document.body.insertAdjacentHTML('beforeend', iframe);
    start(); // headless: the same iframe, no interface to ask
    await vi.waitFor(() => expect(ui.module.mountPlaceholder).toHaveBeenCalledTimes(1));
    expect(ui.module.mountPlaceholder).toHaveBeenCalledWith(expect.anything(), expect.anything(), document.querySelectorAll('iframe')[1]);
  });

  test('a UI bundle that fails to load is reported and grants nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = iframe;
    start({}, () => Promise.reject(new Error('offline')));
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('Consentry: the interface could not be loaded (Error: offline); nothing was granted.'));
    expect($('iframe').hasAttribute('src')).toBe(false);
  });
  test('an interface module without mountPlaceholder is reported, never skipped in silence', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = iframe;
    start({}, async () => ({ mountUI: () => () => {} }));
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Consentry: the interface could not be loaded \(TypeError: .*mountPlaceholder/)));
  });
});

test('destroy stops gating: nothing activates afterwards and placeholders go', async () => {
  document.body.innerHTML = `<iframe data-category="personalization" data-src="https://video.example/1"></iframe>`;
  const ui = fakeUi();
  const consent = start({}, ui.loadUi);
  await vi.waitFor(() => expect($('iframe').dataset.placeholder).toBeDefined());
  consent.destroy();
  await vi.waitFor(() => expect($('iframe').dataset.placeholder).toBeUndefined());
  document.body.insertAdjacentHTML('beforeend', `<script type="text/plain" data-category="necessary">log.push('after destroy')</script>`);
  await Promise.resolve();
  consent.acceptAll();
  expect(page.log).toEqual([]);
  expect($('iframe').hasAttribute('src')).toBe(false);
});
