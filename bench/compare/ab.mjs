// `node bench/compare/ab.mjs --before <folder>` (by hand, like the rest of bench/): one figure of
// `npm run bench`, Consentry against an earlier build of itself (the dist/ of an earlier commit),
// with many runs on alternating pages in one browser, to tell whether a change helped. The full
// benchmark's 7 runs move by 10–20% between runs on these figures; issue 12's compile-hints change
// (about 20%) was told apart with this at 25 runs.
//   --figure returning (default): a returning visit's script time over the page without a tool
//     (thread time, as npm run bench counts it), --tags 3 by default. Each tool's visits share
//     one context holding its stored decision; everything is served no-store, so no visit is
//     helped by an earlier one's cache.
//   --figure activation: Accept all on a first visit, in a fresh context each, --tags 1000 by
//     default; the click to the last tag, the span from the first inline tag (tag 1) to the
//     last, which leaves out the click's own work and tag 0's download, and the script time
//     (thread time) they took, which other processes on the machine move least.
//   --figure preferences: Manage preferences on a first visit, in a fresh context each, --tags 3
//     by default; the click to the first frame in which the preferences dialog is rendered.
//   --runs N (default 25)  --throttle N (CPU slow-down, default 1)
//   --with name,name (more tools measured alike, vanilla-cookieconsent for one)
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { acceptAll, LAUNCH, openPage, openPreferences } from './chromium.mjs';
import { startServer } from './server.mjs';
import { addEarlierConsentry, BEFORE, TOOLS } from './tools.mjs';

const { values: options } = parseArgs({
  options: {
    before: { type: 'string' },
    figure: { type: 'string', default: 'returning' },
    runs: { type: 'string', default: '25' },
    throttle: { type: 'string', default: '1' },
    tags: { type: 'string' },
    with: { type: 'string', default: '' },
  },
});
if (!options.before) throw new Error('--before <folder> is required: the dist/ of the build to compare with');
// Each figure's page by default: activation's cost grows with the tags, the others' barely does.
const DEFAULT_TAGS = { returning: 3, activation: 1000, preferences: 3 };
if (!(options.figure in DEFAULT_TAGS)) throw new Error(`--figure is one of ${Object.keys(DEFAULT_TAGS).join(', ')}`);
addEarlierConsentry(options.before);
const tools = ['consentry', BEFORE, ...options.with.split(',').filter(Boolean)];
for (const name of tools) if (!(name in TOOLS)) throw new Error(`--with takes tools of ${Object.keys(TOOLS).join(', ')}`);
const returning = options.figure === 'returning';
const tags = Number(options.tags ?? DEFAULT_TAGS[options.figure]);
const runs = Number(options.runs);
const TIMEOUT = 10_000;

/** A new page of `context`, throttled, with the probe watching for the banner if `watchBanner`. */
const openProbedPage = (context, watchBanner) => openPage(context, Number(options.throttle), { tags, watchBanner, timeout: TIMEOUT });

/** The renderer main thread's script time so far, in ms of thread time. */
const scriptTime = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'ScriptDuration').value * 1000;

/** Script milliseconds (thread time) of one returning visit of `url`, once its tags have run. */
async function returningVisit(context, url) {
  const { page, cdp } = await openProbedPage(context, false);
  await page.goto(url, { waitUntil: 'load' });
  if ((await page.evaluate(() => window.__bench.within(window.__bench.tags))) === null) throw new Error(`${url}: the tags did not run`);
  await page.waitForLoadState('networkidle');
  const ms = await scriptTime(cdp);
  await page.close();
  return ms;
}

/** A first visit of `url` in a fresh context, once its network is idle; `banner` is null when no banner showed. */
async function firstVisit(browser, url) {
  const context = await browser.newContext();
  const { page, cdp } = await openProbedPage(context, true);
  await page.goto(url, { waitUntil: 'load' });
  const banner = await page.evaluate(() => window.__bench.within(window.__bench.banner));
  await page.waitForLoadState('networkidle');
  return { context, page, cdp, banner };
}

/**
 * An Accept all in a fresh context: ms from the click to the last tag, from the first inline tag
 * to the last, and of script (thread time) from before the click until the last tag ran.
 */
async function activation(browser, url) {
  const { context, page, cdp, banner } = await firstVisit(browser, url);
  const before = await scriptTime(cdp);
  const ran = banner === null ? null : await acceptAll(page);
  const script = (await scriptTime(cdp)) - before;
  await context.close();
  if (!ran) throw new Error(`${url}: no banner, or the tags did not run`);
  return [ran.tagsDone - ran.clickAt, ran.tagsDone - ran.inlineFrom, script];
}

/** Manage preferences in a fresh context: ms from the click to the first frame showing `tool`'s preferences dialog. */
async function preferences(browser, url, tool) {
  const { context, page, banner } = await firstVisit(browser, url);
  const ms = banner === null ? null : await openPreferences(page, TOOLS[tool].preferences);
  await context.close();
  if (ms === null) throw new Error(`${url}: no banner, or its preferences dialog did not show`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const figure = (values) => `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;

async function main() {
  const server = await startServer(0);
  const browser = await chromium.launch(LAUNCH);
  const url = (tool) => `${server.origin}/page/${tool}?tags=${tags}`;
  const samples = new Map([...(returning ? ['none'] : []), ...tools].map((tool) => [tool, []]));
  try {
    const contexts = new Map();
    if (returning) {
      for (const tool of samples.keys()) {
        const context = await browser.newContext();
        contexts.set(tool, context);
        if (tool === 'none') continue;
        const { page } = await openProbedPage(context, true);
        await page.goto(url(tool));
        if ((await page.evaluate(() => window.__bench.within(window.__bench.banner))) === null || !(await acceptAll(page))) throw new Error(`${tool}: no decision stored`);
        await page.close();
      }
    }
    const measure = {
      returning: (tool) => returningVisit(contexts.get(tool), url(tool)),
      activation: (tool) => activation(browser, url(tool)),
      preferences: (tool) => preferences(browser, url(tool), tool),
    }[options.figure];
    for (let run = 0; run < runs; run += 1) {
      // Rotating the order spreads any drift of the machine over every tool alike.
      const order = [...samples.keys()].map((_, index, all) => all[(index + run) % all.length]);
      for (const tool of order) samples.get(tool).push(await measure(tool));
      process.stdout.write(`\r${options.figure}, ${options.throttle}× CPU, run ${run + 1}/${runs}`.padEnd(60));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write('\n');
  console.log(`${options.figure}, ${tags} tags, ${options.throttle}× CPU, ${runs} runs: median (min–max), ms`);
  if (returning) {
    const baseline = median(samples.get('none'));
    console.log(`${'page without a tool'.padEnd(28)} script ${figure(samples.get('none'))}`);
    for (const tool of tools) console.log(`${tool.padEnd(28)} script over baseline ${figure(samples.get(tool).map((ms) => ms - baseline))}`);
  } else if (options.figure === 'preferences') {
    for (const tool of tools) console.log(`${tool.padEnd(28)} click to dialog visible ${figure(samples.get(tool))}`);
  } else {
    for (const tool of tools) {
      const values = samples.get(tool);
      console.log(
        `${tool.padEnd(28)} click to last tag ${figure(values.map(([click]) => click))}; first inline tag to last ${figure(values.map(([, inline]) => inline))}; script ${figure(values.map(([, , script]) => script))}`,
      );
    }
  }
}

await main();
