// Finds a consent banner's Accept all, Reject all and settings controls on any consent tool: by
// role and accessible name (control-names.ts), in every frame, through open shadow roots; measures
// how they look; makes the decision a phase needs. Each question to the page is asked within
// `answerMs` (deadline.ts).
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { controlRole } from './control-names';
import { answerWithin } from './deadline';
import { contrastRatio } from './prominence';
import type { ControlLook } from './report';

export interface Control {
  name: string;
  element: ElementHandle;
}

export interface BannerControls {
  accept: Control | null;
  reject: Control | null;
  settings: Control | null;
}

/**
 * In a frame: every visible button-like element, with its accessible name as the accessibility
 * tree would compute it for these simple cases (aria-labelledby, aria-label, value, text, title),
 * walking into open shadow roots. Serialised by Playwright: self-contained.
 */
function collectCandidates(): { elements: Element[]; names: string[] } {
  const selector = 'button, [role="button"], a, input[type="button"], input[type="submit"]';
  const elements: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(selector)) elements.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  const visible = elements.filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  });
  const nameOf = (element: Element): string => {
    const root = element.getRootNode() as Document | ShadowRoot;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ')
        .trim();
      if (text) return text;
    }
    const label = element.getAttribute('aria-label')?.trim();
    if (label) return label;
    if (element instanceof HTMLInputElement) return element.value;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text a visitor reads, not hidden nodes' text.
    const text = (element as HTMLElement).innerText?.trim();
    return text || element.getAttribute('title') || '';
  };
  return { elements: visible, names: visible.map(nameOf) };
}

/** How long to wait for a banner to show, and for the page to answer each question. */
export interface Patience {
  waitMs: number;
  answerMs: number;
}

const LOOKING = 'looking for its consent buttons';

/** Adds the first control of each role in `frame` that `found` lacks. */
async function lookIn(frame: Frame, found: BannerControls): Promise<void> {
  const candidates = await frame.evaluateHandle(collectCandidates).catch(() => null);
  if (!candidates) return;
  const names = await candidates.evaluate((list) => list.names);
  for (const [index, name] of names.entries()) {
    const role = controlRole(name);
    if (!role || found[role]) continue;
    const element = (await candidates.evaluateHandle((list, i) => list.elements[i]!, index)) as ElementHandle;
    found[role] = { name: name.trim(), element };
  }
}

/** The first control of each role, looking in the page, then in its frames in document order. */
export async function findControls(page: Page, answerMs: number): Promise<BannerControls> {
  const found: BannerControls = { accept: null, reject: null, settings: null };
  for (const frame of page.frames()) {
    await answerWithin(lookIn(frame, found), answerMs, LOOKING);
    if (found.accept && found.reject) break;
  }
  return found;
}

/** Polls until an accept or reject control shows (consent tools load late), or `waitMs` passed. */
export async function waitForControls(page: Page, { waitMs, answerMs }: Patience): Promise<BannerControls> {
  const until = Date.now() + waitMs;
  for (;;) {
    const controls = await findControls(page, answerMs);
    if (controls.accept || controls.reject || Date.now() >= until) return controls;
    await page.waitForTimeout(250);
  }
}

/**
 * In the page: the look of one control. Colours are resolved by painting them on a canvas over
 * what lies beneath (white at the bottom), so any CSS colour syntax and transparency work.
 */
function readLook(element: Element) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const paint = (colours: string[]) => {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1, 1);
    for (const colour of colours) {
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
    }
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  const layers = (from: Element | null) => {
    const colours: string[] = [];
    for (let node = from; node; node = parentOf(node)) colours.unshift(getComputedStyle(node).backgroundColor);
    return colours;
  };
  const style = getComputedStyle(element);
  const fill = layers(element);
  const box = element.getBoundingClientRect();
  return {
    width: box.width,
    height: box.height,
    fontSize: parseFloat(style.fontSize),
    fontWeight: Number(style.fontWeight) || 400,
    text: paint([...fill, style.color]),
    fill: paint(fill),
    around: paint(layers(parentOf(element))),
  };
}

/** How a control looks: size, text and colours, reduced to what prominence.ts compares. */
export async function measureControl(control: Control, answerMs: number): Promise<ControlLook> {
  const look = await answerWithin(control.element.evaluate(readLook), answerMs, `measuring "${control.name}"`);
  return {
    name: control.name,
    width: look.width,
    height: look.height,
    fontSize: look.fontSize,
    fontWeight: look.fontWeight,
    textContrast: contrastRatio(look.text, look.fill),
    fillContrast: contrastRatio(look.fill, look.around),
  };
}

/** Is Consentry's script-tag API on the page? */
export async function hasConsentryApi(page: Page, answerMs: number): Promise<boolean> {
  const present = page.evaluate(() => typeof (window as { Consentry?: { rejectAll?: unknown } }).Consentry?.rejectAll === 'function').catch(() => false);
  return answerWithin(present, answerMs, "looking for Consentry's API");
}

/** How a phase's decision was made: which control, on which layer, or through which API. */
export interface Decision {
  description: string;
  /** 1: on the banner itself; 2: behind its settings control; null: through an API. */
  layer: 1 | 2 | null;
}

async function click(control: Control, answerMs: number): Promise<void> {
  // A banner that animates in or sits under an overlay can fail Playwright's actionability
  // checks; a visitor's click reaches it anyway, so fall back to the element's own click().
  await control.element.click({ timeout: Math.min(answerMs, 5_000) }).catch(() =>
    answerWithin(
      control.element.evaluate((element) => (element as HTMLElement).click()),
      answerMs,
      `clicking "${control.name}"`,
    ),
  );
}

/**
 * Makes the decision: the matching control on the first layer; for a refusal, else the one behind
 * the settings control; else Consentry's API when the page has it. Null when there is no way.
 * `onDecide` runs just before the deciding act: what follows it is what the decision caused.
 */
export async function decide(page: Page, choice: 'accept' | 'reject', patience: Patience, onDecide: () => void): Promise<Decision | null> {
  const { waitMs, answerMs } = patience;
  const controls = await waitForControls(page, patience);
  const control = controls[choice];
  if (control) {
    onDecide();
    await click(control, answerMs);
    return { description: `clicked "${control.name}"`, layer: 1 };
  }
  if (choice === 'reject' && controls.settings) {
    await click(controls.settings, answerMs);
    const until = Date.now() + Math.min(waitMs, 3_000);
    for (;;) {
      const reject = (await findControls(page, answerMs)).reject;
      if (reject) {
        onDecide();
        await click(reject, answerMs);
        return { description: `clicked "${controls.settings.name}", then "${reject.name}"`, layer: 2 };
      }
      if (Date.now() >= until) break;
      await page.waitForTimeout(250);
    }
  }
  if (await hasConsentryApi(page, answerMs)) {
    const method = choice === 'reject' ? 'rejectAll' : 'acceptAll';
    onDecide();
    await answerWithin(
      page.evaluate((name) => (window as unknown as { Consentry: Record<string, () => void> }).Consentry[name]!(), method),
      answerMs,
      `calling Consentry.${method}()`,
    );
    return { description: `called Consentry.${method}()`, layer: null };
  }
  return null;
}
