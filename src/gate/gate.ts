// Gating (SPEC §2): the one module that scans the page for tagged scripts and embeds and
// activates them once their categories are granted (STYLE 8).
import { NECESSARY } from '../model/decision';
import type { Consent, ConsentInternals, LoadUi, PlaceholderModule } from '../model/consent';
import { reportInterfaceFailure, reportWarning } from '../model/report';
import { tokensOf } from '../model/category-tokens';

// Scripts typed text/plain never run, and elements with their URL in data-* never load, until
// activated. Scripts are excluded from the data-* rule: an untyped script has already run.
const TAGGED =
  'script[type="text/plain" i][data-category],:not(script)[data-category]:is([data-src],[data-srcset],[data-href])';

/**
 * Starts gating for a consent instance: activates what the state allows now and after every
 * decision, handles tags added to the page later, deletes a refused category's cookies and asks
 * the interface for a placeholder over each blocked iframe. Returns a function that stops it.
 */
export function startGate(consent: Consent, internals: ConsentInternals, loadUi?: LoadUi): () => void {
  const { settings } = internals;
  const known = [NECESSARY, ...settings.categories.map(({ name }) => name)];
  // document.currentScript is the loader only while the loader runs, so its nonce is read now.
  const nonce = (settings.shareNonce && (document.currentScript as HTMLScriptElement | null)?.nonce) || '';
  // Activated, queued to run, or never to be activated: an element is looked at until it is here.
  const handled = new WeakSet<Element>();
  const queue: HTMLScriptElement[] = [];
  const placeholders = new Map<Element, Promise<(() => void) | void>>();
  let waiting = false;
  let observer: MutationObserver | undefined;

  /** true when every token holds, false when one does not (yet), null when one names an unknown category. */
  function verdict(element: HTMLElement): boolean | null {
    let allowed: boolean | null = true;
    for (const token of tokensOf(element)) {
      const name = token.replace(/^!/, '');
      if (!known.includes(name)) return null;
      // "!name" runs on refusal, and only a decision refuses: before one, nothing has been refused.
      if (name === token ? !consent.allowed(name) : !consent.state.decided || consent.allowed(name)) allowed = false;
    }
    return allowed;
  }

  function visit(elements: Iterable<Element>): void {
    for (const element of elements as Iterable<HTMLElement>) {
      if (handled.has(element)) continue;
      const allowed = verdict(element);
      if (allowed === null) {
        // Fail closed (SPEC §2): a typo must not run a tracker, and categories never change later.
        handled.add(element);
        reportWarning(`unknown category in data-category="${element.dataset.category}"; it stays blocked.`);
      } else if (allowed) {
        handled.add(element);
        if (element.tagName === 'SCRIPT') queue.push(element as HTMLScriptElement);
        else activateElement(element);
      } else if (element.tagName === 'IFRAME') {
        addPlaceholder(element);
      }
    }
    runQueue();
  }

  // SPEC §2: scripts run in document order, and an external script without async finishes
  // loading (or fails) before the next one runs, as the HTML parser would have done.
  function runQueue(): void {
    let tagged: HTMLScriptElement | undefined;
    while (!waiting && (tagged = queue.shift())) {
      // The tag may have left the page, or consent may have changed, while an earlier script loaded.
      if (!tagged.isConnected || !verdict(tagged)) {
        handled.delete(tagged);
        continue;
      }
      const script = document.createElement('script');
      for (const { name, value } of tagged.attributes) if (name !== 'type') script.setAttribute(name, value);
      if (tagged.dataset.type === 'module') script.type = 'module';
      script.text = tagged.text;
      const external = tagged.hasAttribute('src');
      // Browsers hide the nonce attribute once parsed (the copy above gets ""); the property keeps it.
      script.nonce = tagged.nonce || (external ? '' : nonce);
      // A nomodule script is never fetched by a browser that knows modules, so it fires no load event.
      if (external && !tagged.hasAttribute('async') && !tagged.noModule) {
        waiting = true;
        const resume = () => {
          waiting = false;
          runQueue();
        };
        script.addEventListener('load', resume);
        script.addEventListener('error', resume);
      }
      tagged.replaceWith(script);
    }
  }

  // One placeholder per blocked iframe, from the interface, which removes it itself once the
  // iframe's categories are granted; here it goes with the iframe and with the instance.
  function addPlaceholder(iframe: HTMLElement): void {
    if (!loadUi || placeholders.has(iframe)) return;
    placeholders.set(
      iframe,
      loadUi()
        // The interface module exports mountPlaceholder beside mountUI (its tests pin both); LoadUi
        // promises only what every caller needs. Were it missing, the TypeError is reported below.
        .then((ui) => (ui as typeof ui & PlaceholderModule).mountPlaceholder(consent, internals, iframe))
        .catch(reportInterfaceFailure),
    );
  }

  function removePlaceholder(element: Element): void {
    placeholders.get(element)?.then((unmount) => unmount?.());
    placeholders.delete(element);
  }

  const scanPage = () => visit(document.querySelectorAll(TAGGED));

  // Until the document is parsed, the last tagged script may hold only part of its text, so the
  // first scan waits for DOMContentLoaded; one observer then sees everything added later,
  // subtrees included (SPEC §2: single-page apps, CMS widgets).
  function start(): void {
    observer = new MutationObserver((records) => {
      for (const { addedNodes } of records) {
        for (const node of addedNodes) {
          if (node.nodeType !== 1) continue;
          if ((node as Element).matches(TAGGED)) visit([node as Element]);
          visit((node as Element).querySelectorAll(TAGGED));
        }
      }
      placeholders.forEach((_, element) => element.isConnected || removePlaceholder(element));
    });
    observer.observe(document, { childList: true, subtree: true });
    scanPage();
  }

  internals.onDecision(({ previous, state }) => {
    // SPEC §3: a withdrawal may reload the page once, so that nothing granted earlier keeps
    // running (the instance has deleted the refused categories' cookies already).
    if (settings.reloadOnWithdraw && known.some((name) => previous.categories[name] && !state.categories[name])) location.reload();
    else if (observer) scanPage();
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  // Called by consent.destroy(), which also drops the decision listener above.
  return () => {
    document.removeEventListener('DOMContentLoaded', start);
    observer?.disconnect();
    queue.length = 0;
    placeholders.forEach((_, element) => removePlaceholder(element));
  };
}

/** Moves an element's data-srcset / data-src / data-href into the attribute that loads it. */
function activateElement(element: HTMLElement): void {
  // srcset first, so an image does not start fetching its src only to switch to a srcset candidate.
  for (const name of ['srcset', 'src', 'href']) {
    const value = element.getAttribute('data-' + name);
    if (value !== null) element.setAttribute(name === 'src' && element.tagName === 'OBJECT' ? 'data' : name, value);
  }
  // A media element that already chose its source notices a new <source> only after load().
  if (element.tagName === 'SOURCE') (element.parentElement as HTMLMediaElement | null)?.load?.();
}
