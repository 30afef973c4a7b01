// The scan itself (SPEC §11): three phases, each in a fresh profile — before any decision, after
// Reject all, after Accept all — on the start page and the same pages found by following its links.
import type { Page } from 'playwright-core';
import { decide, findControls, hasConsentryApi, measureControl, waitForControls, type Decision, type Patience } from './banner';
import { launchVisitorBrowser, type VisitorBrowser } from './browser';
import { pagesToVisit } from './crawl';
import { answerWithin } from './deadline';
import { startRecorder, type RawPhase } from './recorder';
import { PHASE_PHRASES, type ControlLook, type Phase } from './report';
import { siteOf } from './site';
import { keepOnSite } from './stay-on-site';

export interface ScanOptions {
  url: string;
  /** Pages in all, the start page included. */
  pages: number;
  /** For each page load, each wait and each answer from the page, in milliseconds. */
  timeoutMs: number;
  chromium: string;
  /** One line of progress for the terminal. */
  progress(message: string): void;
}

export interface ObservedPhase extends RawPhase {
  phase: Phase;
  decision: Decision | null;
  error: string | null;
  pages: string[];
  /** JPEG of the viewport: the banner before a decision, the page after one. */
  screenshot: Buffer | null;
  /** Top-level navigations to other sites that were cancelled (stay-on-site.ts); absent means none. */
  blockedNavigations?: string[];
}

export interface Observations {
  url: string;
  scannedAt: string;
  browser: string;
  banner: { accept: ControlLook | null; reject: ControlLook | null; consentry: boolean };
  phases: ObservedPhase[];
}

/** A consent tool's banner usually shows within a few seconds of load. */
const BANNER_WAIT_MS = 5_000;
/** Networkidle (no request for 500 ms) rarely takes longer on a page that will ever reach it. */
const SETTLE_MS = 10_000;

/** A phase that could not be completed, and why. */
const unfinished = (phase: Phase, error: string, blockedNavigations: string[] = []): ObservedPhase => ({
  phase,
  decision: null,
  error,
  pages: [],
  cookies: [],
  storage: [],
  requests: [],
  screenshot: null,
  blockedNavigations,
});

/** Waits for the page's scripts to finish what they start on load (tags fire late), within bounds. */
async function settle(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.min(timeoutMs, SETTLE_MS) }).catch(() => {});
}

/**
 * Opens `url`; a network failure, an HTTP error or a redirect to another site (which `cancelled`,
 * the page's stay-on-site list, then names) means the page cannot be scanned.
 */
async function open(page: Page, url: string, timeoutMs: number, cancelled: readonly string[]): Promise<void> {
  const before = cancelled.length;
  const response = await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' }).catch((error: Error) => {
    const away = cancelled[before];
    throw away ? new Error(`${url} redirects to another site, ${away}, where the scanner does not follow (scan that site by its own URL)`) : error;
  });
  if (response && response.status() >= 400) throw new Error(`${url} answered HTTP ${response.status()}`);
  await settle(page, timeoutMs);
}

/** Banners usually show within BANNER_WAIT_MS; the page answers each question within --timeout. */
const patience = (timeoutMs: number): Patience => ({ waitMs: Math.min(timeoutMs, BANNER_WAIT_MS), answerMs: timeoutMs });

/**
 * One phase in a fresh profile: the start page, the decision, then the pages `onStartPage` names
 * (it looks at the start page after the decision and returns the other pages to visit).
 */
async function runPhase(browser: VisitorBrowser, options: ScanOptions, phase: Phase, onStartPage: (page: Page) => Promise<string[]>): Promise<ObservedPhase> {
  const { timeoutMs } = options;
  const context = await browser.newVisitor();
  // Playwright's actions (a load, a click, the screenshot) wait at most --timeout too.
  context.setDefaultTimeout(timeoutMs);
  try {
    const recorder = await startRecorder(context, options.url);
    const page = await recorder.newPage();
    const cancelled = await keepOnSite(page, siteOf(new URL(options.url).hostname));
    options.progress(`${PHASE_PHRASES[phase]}: ${options.url}`);
    await open(page, options.url, timeoutMs, cancelled);
    let decision: Decision | null = null;
    if (phase !== 'before') {
      decision = await decide(page, phase, patience(timeoutMs), () => recorder.markDecision());
      if (!decision) return unfinished(phase, `found no way to ${phase === 'reject' ? 'refuse' : 'accept'}`, [...cancelled]);
      await page.waitForLoadState('load');
      await settle(page, timeoutMs);
      // The visitor's next view of the start page: what loads once the choice is stored.
      await open(page, options.url, timeoutMs, cancelled);
    }
    const morePages = await onStartPage(page);
    const screenshot = await answerWithin(page.screenshot({ type: 'jpeg', quality: 70 }), timeoutMs, 'taking its screenshot');
    const pages = [options.url, ...morePages];
    await recorder.readStorage(page, timeoutMs);
    for (const [index, url] of morePages.entries()) {
      options.progress(`${PHASE_PHRASES[phase]}: ${url} (${index + 2}/${pages.length})`);
      try {
        await open(page, url, timeoutMs, cancelled);
        await recorder.readStorage(page, timeoutMs);
      } catch (error) {
        options.progress(`  skipped: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    return { phase, decision, error: null, pages, screenshot, blockedNavigations: [...cancelled], ...(await recorder.result()) };
  } finally {
    await context.close();
  }
}

/**
 * Scans a site. Throws when it cannot be scanned at all (no Chromium, start page unreachable);
 * a later phase that fails is reported in its `error` instead.
 */
export async function scanSite(options: ScanOptions): Promise<Observations> {
  const browser = await launchVisitorBrowser(options.chromium);
  try {
    const scannedAt = new Date().toISOString();
    const banner: Observations['banner'] = { accept: null, reject: null, consentry: false };
    let morePages: string[] = [];
    const { timeoutMs } = options;
    const before = await runPhase(browser, options, 'before', async (page) => {
      const controls = await waitForControls(page, patience(timeoutMs));
      // Banners slide and fade in: measure once the page's animations are done (an endless one,
      // such as a spinner, is waited for at most two seconds).
      const animations = page.evaluate(() => Promise.race([Promise.all(document.getAnimations().map((animation) => animation.finished)), new Promise((done) => setTimeout(done, 2_000))]));
      await answerWithin(
        animations.catch(() => {}),
        timeoutMs,
        'waiting for its animations',
      );
      const settled = controls.accept || controls.reject ? await findControls(page, timeoutMs) : controls;
      banner.accept = settled.accept && (await measureControl(settled.accept, timeoutMs));
      banner.reject = settled.reject && (await measureControl(settled.reject, timeoutMs));
      banner.consentry = await hasConsentryApi(page, timeoutMs);
      const anchors = page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const links = await answerWithin(anchors, timeoutMs, 'reading its links');
      morePages = pagesToVisit(options.url, links, options.pages - 1);
      return morePages;
    });
    const phases = [before];
    for (const phase of ['reject', 'accept'] as const) {
      try {
        phases.push(await runPhase(browser, options, phase, async () => morePages));
      } catch (error) {
        phases.push(unfinished(phase, (error as Error).message.split('\n')[0]!));
      }
    }
    return { url: options.url, scannedAt, browser: browser.version, banner, phases };
  } finally {
    await browser.close();
  }
}
