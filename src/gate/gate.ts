// Gating (SPEC §2): the one module that scans the page for tagged scripts and embeds and
// activates them once their categories are granted (STYLE 8).
import { NECESSARY } from '../model/decision';
import { effect, untracked, type ReadonlySignal } from '@preact/signals-core';
import type { Settings } from '../model/config';
import type { ConsentState } from '../model/decision';
import { reportError, reportWarning } from '../model/report';
import { POLICY_NAME, scriptPolicy } from './trusted-types';
import { tokensOf } from '../model/category-tokens';
import { choicesOf } from '../model/choices';

// Scripts typed text/plain never run, and elements with their URL in data-* never load, until
// activated. Scripts are excluded from the data-* rule: an untyped script has already run.
const WATCHED: MutationObserverInit = { childList: true, subtree: true };
const TAGGED = 'script[type="text/plain" i]:is([data-category],[data-service]),:not(script):is([data-category],[data-service]):is([data-src],[data-srcset],[data-href])';

/**
 * Starts gating: activates what `state` allows now and after every decision, handles tags added
 * to the page later and asks for a `placeholder` over each blocked iframe (the interface's, which
 * removes itself once the iframe's categories are granted). `names` are the optional categories
 * and services a tag may name (the instance's). Returns a function that stops it.
 */
export function startGate(settings: Settings, names: readonly string[], state: ReadonlySignal<ConsentState>, placeholder?: (iframe: HTMLElement) => Promise<(() => void) | void>): () => void {
  const known = [NECESSARY, ...names];
  // document.currentScript is the loader only while the loader runs, so its nonce is read now.
  const nonce = (settings.shareNonce && (document.currentScript as HTMLScriptElement | null)?.nonce) || '';
  // Activated, queued to run, or never to be activated (the scripts the gate inserts included):
  // an element is looked at until it is here.
  const handled = new WeakSet<Element>();
  // Each with the state it was judged in.
  const queue: [HTMLScriptElement, ConsentState][] = [];
  const placeholders = new Map<Element, Promise<(() => void) | void>>();
  // The text of each tag in the page's own markup, as it stood when gating started: only that
  // text goes through the Trusted Types policy (see trusted-types.ts).
  const markup = new WeakMap<Element, string>();
  let waiting = false;
  let observer: MutationObserver | undefined;

  /** true when every token holds, false when one does not (yet), null when one names an unknown category. */
  function verdict(element: HTMLElement): boolean | null {
    const { decided } = state.value;
    const choices = choicesOf(state.value);
    let allowed: boolean | null = true;
    for (const token of tokensOf(element)) {
      const name = token.replace(/^!/, '');
      if (!known.includes(name)) return null;
      // "!name" runs on refusal, and only a decision refuses: before one, nothing has been refused.
      const granted = choices[name];
      if (name === token ? !granted : !decided || granted) allowed = false;
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
        reportWarning(`unknown category or service "${tokensOf(element).join(' ')}"; it stays blocked.`);
      } else if (allowed) {
        handled.add(element);
        if (element.tagName === 'SCRIPT') queue.push([element as HTMLScriptElement, state.peek()]);
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
    if (waiting || !queue.length) return;
    // The observer stays out of the way while a batch goes in: the scripts it inserts are its
    // own, and a record for each of 1 000 would cost a tenth of the batch's time (docs/benchmarks.md).
    // What the batch's scripts add to or remove from the page is found by one look after it.
    observer?.disconnect();
    let next: [HTMLScriptElement, ConsentState] | undefined;
    while (!waiting && (next = queue.shift())) {
      const [tagged, judged] = next;
      // The tag may have left the page, or consent may have changed since it was judged (while an
      // earlier script loaded); only then is it judged again, so a batch of tags is judged once.
      if (!tagged.isConnected || (judged !== state.peek() && !verdict(tagged))) {
        handled.delete(tagged);
        continue;
      }
      const script = document.createElement('script');
      // The observer then skips it: a batch of 1 000 activations adds 1 000 of these.
      handled.add(script);
      try {
        // Under Trusted Types, script text and a script's src accept only what a policy made.
        const policy = scriptPolicy();
        for (const { name, value } of tagged.attributes) {
          if (name !== 'type') script.setAttribute(name, name === 'src' ? policy.createScriptURL(value) : value);
        }
        const { text } = tagged;
        script.text = markup.get(tagged) === text ? policy.createScript(text) : text;
      } catch (error) {
        // The page requires Trusted Types and neither its CSP allows the policy nor (for text
        // added later) its default policy passes the script: the script stays blocked, and the
        // page (whose decision stands) hears of it, never by a throw.
        reportError(`${error}; blocked (CSP: trusted-types ${POLICY_NAME}, or a default policy for script text added later)`);
        continue;
      }
      if (tagged.dataset.type === 'module') script.type = 'module';
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
    if (observer) {
      observer.observe(document, WATCHED);
      afterChanges();
      scanPage();
    }
  }

  // One placeholder per blocked iframe; here it goes with the iframe and with the gate.
  function addPlaceholder(iframe: HTMLElement): void {
    if (!placeholder || placeholders.has(iframe)) return;
    placeholders.set(iframe, placeholder(iframe));
  }

  function removePlaceholder(element: Element): void {
    placeholders.get(element)?.then((unmount) => unmount?.());
    placeholders.delete(element);
  }

  const scanPage = () => visit(document.querySelectorAll(TAGGED));

  // Placeholders go with their iframes.
  function afterChanges(): void {
    for (const element of placeholders.keys()) if (!element.isConnected) removePlaceholder(element);
  }

  // Until the document is parsed, the last tagged script may hold only part of its text, so the
  // first scan waits for DOMContentLoaded; one observer then sees everything added later,
  // subtrees included (SPEC §2: single-page apps, CMS widgets).
  function start(): void {
    observer = new MutationObserver((records) => {
      // One visit for all the records: activating a batch of 1 000 tags adds 1 000 nodes, and
      // each would otherwise cost two visits and two passes over the queue.
      const added: Element[] = [];
      for (const { addedNodes } of records) {
        for (const node of addedNodes) {
          if (node.nodeType !== 1 || handled.has(node as Element)) continue;
          if ((node as Element).matches(TAGGED)) added.push(node as Element);
          added.push(...(node as Element).querySelectorAll(TAGGED));
        }
      }
      visit(added);
      afterChanges();
    });
    observer.observe(document, WATCHED);
    const found = document.querySelectorAll(TAGGED);
    // Only scripts are looked up; other elements keep undefined, which no text equals.
    for (const element of found) markup.set(element, (element as HTMLScriptElement).text);
    visit(found);
  }

  // Every decision is a new state: what it grants is activated (before the first scan, there is
  // nothing to activate yet).
  // Untracked: an activated inline script runs inside this call, and what it reads must not
  // become something the gate follows.
  const stopFollowing = effect(() => {
    state.value;
    if (observer) untracked(scanPage);
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  // Called by consent.destroy(), and before a withdrawal reloads the page.
  return () => {
    stopFollowing();
    document.removeEventListener('DOMContentLoaded', start);
    observer?.disconnect();
    queue.length = 0;
    for (const element of placeholders.keys()) removePlaceholder(element);
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
