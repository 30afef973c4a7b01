// `npm run bench` (never part of `npm test`): loads the same test page with each consent tool, and
// without one, in Debian's Chromium through Playwright, and measures what the tool costs a visitor.
// Every visit gets a fresh browser context; everything is served from 127.0.0.1. Prints a table
// and, for a full run (≥ 7 runs), writes bench/results.json and the tables in docs/benchmarks.md
// (between its markers), so the figures are never typed by hand.
// Options, for trying things out (neither writes any file): --runs N below 7, --only name,name
// (the tools to measure besides the baseline). --port N serves the pages on that port (default: any free one).
// --before <folder> also measures the Consentry built in that folder (the dist/ of an earlier
// commit) on the same page, and adds its figures to issue 26's table.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { acceptAll, LAUNCH, openPage, openPreferences } from './chromium.mjs';
import { startServer } from './server.mjs';
import { addEarlierConsentry, TOOLS, versionOf } from './tools.mjs';
import { evaluateTargets, formatReadmeBlock, formatTables, replaceReadmeBlock, summarise } from './report.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' }, port: { type: 'string', default: '0' }, before: { type: 'string' } } });
if (options.before) addEarlierConsentry(options.before);
const RUNS = Number(options.runs);
const FULL_RUNS = 7;
const THROTTLES = [1, 4];
const TAG_COUNTS = [1, 100, 1000];
// The page every load figure comes from: one tagged script per category.
const PAGE_TAGS = 3;
// Bounds on every wait, so a tool that never shows its banner or never runs a tag cannot hang the
// run: the figure is recorded as missing instead.
const TIMEOUT = 5_000;

const tools = ['none', ...Object.keys(TOOLS).filter((name) => name !== 'none' && (!options.only || options.only.split(',').includes(name)))];

/**
 * One page load in `context`, measured: the tool's bytes (every response under /lib/), timings from
 * the probe, and the renderer's main-thread and heap figures from the DevTools protocol.
 */
async function visit(context, url, { throttle, tags, watchBanner }) {
  const { page, cdp } = await openPage(context, throttle, { tags, watchBanner, timeout: TIMEOUT });
  const bytes = { raw: 0, gzip: 0, brotli: 0, files: [] };
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/lib/')) return;
    const headers = response.headers();
    bytes.files.push(pathname);
    for (const encoding of ['raw', 'gzip', 'brotli']) bytes[encoding] += Number(headers[`x-bench-${encoding}`]);
  });
  await page.goto(url, { waitUntil: 'load' });
  // A first visit is measured once its banner shows; a returning one once its tags have run.
  const bannerVisible = watchBanner ? await page.evaluate(() => window.__bench.within(window.__bench.banner)) : null;
  const tagsDone = watchBanner ? null : await page.evaluate(() => window.__bench.within(window.__bench.tags));
  // Lets late work (a lazily imported interface, a stylesheet) land before the totals are read.
  await page.waitForLoadState('networkidle');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'JSHeapUsedSize').value;
  const seen = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    cls: window.__bench.cls,
    bannerShown: window.__bench.acceptButton() !== null,
  }));
  return {
    page,
    measured: {
      bytes,
      bannerVisible,
      tagsDone,
      fcp: seen.fcp,
      cls: seen.cls,
      bannerShown: seen.bannerShown,
      scriptMs: metrics.ScriptDuration * 1000,
      taskMs: metrics.TaskDuration * 1000,
      heapBytes: heap,
    },
  };
}

/** Clicks the tool's Accept all and returns the milliseconds until the last tagged script ran. */
async function clickToLastTag(page) {
  const ran = await acceptAll(page);
  return ran && ran.tagsDone - ran.clickAt;
}

// Chromium keeps a script's compiled code from the second time it runs it from the HTTP cache, and
// uses it from the third: a warm visit is measured after two that fill both caches.
const WARMING_VISITS = 2;

/**
 * First visit, Accept all, then a returning visit with the decision stored and a cold HTTP cache,
 * then one with warm HTTP and code caches.
 */
async function visitAndReturn(browser, origin, tool, throttle) {
  const context = await browser.newContext();
  const url = `${origin}/page/${tool}?tags=${PAGE_TAGS}`;
  const first = await visit(context, url, { throttle, tags: PAGE_TAGS, watchBanner: tool !== 'none' });
  if (tool !== 'none') await acceptAll(first.page);
  await first.page.close();
  const returning = await visit(context, url, { throttle, tags: PAGE_TAGS, watchBanner: false });
  await returning.page.close();
  await context.setExtraHTTPHeaders({ 'x-bench-cache': '1' });
  for (let warming = 0; warming < WARMING_VISITS; warming += 1) await (await visit(context, url, { throttle, tags: PAGE_TAGS, watchBanner: false })).page.close();
  const warm = await visit(context, url, { throttle, tags: PAGE_TAGS, watchBanner: false });
  await context.close();
  return { first: first.measured, returning: returning.measured, warm: warm.measured };
}

/**
 * A first visit, in a fresh context, of the page with `count` tagged scripts, then `act(page)` once
 * its banner shows: resolves with what `act` resolves to, or null when no banner showed.
 */
async function afterBanner(browser, origin, tool, throttle, count, act) {
  const context = await browser.newContext();
  const { page, measured } = await visit(context, `${origin}/page/${tool}?tags=${count}`, { throttle, tags: count, watchBanner: true });
  const result = measured.bannerVisible === null ? null : await act(page);
  await context.close();
  return result;
}

/** Accept all on a page with `count` tagged scripts: milliseconds from the click to the last one run. */
const activation = (browser, origin, tool, throttle, count) => afterBanner(browser, origin, tool, throttle, count, clickToLastTag);

/** Manage preferences on a first visit: milliseconds from the click to the tool's preferences dialog shown. */
const preferences = (browser, origin, tool, throttle) => afterBanner(browser, origin, tool, throttle, PAGE_TAGS, (page) => openPreferences(page, TOOLS[tool].preferences));

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

async function main() {
  const server = await startServer(Number(options.port));
  const browser = await chromium.launch(LAUNCH);
  const browserVersion = browser.version();
  const samples = [];
  try {
    for (const throttle of THROTTLES) {
      for (let run = 0; run < RUNS; run += 1) {
        // Rotating the order spreads any drift of the machine over every tool alike.
        const order = tools.map((_, index) => tools[(index + run) % tools.length]);
        for (const tool of order) {
          const sample = { tool, throttle, run, ...(await visitAndReturn(browser, server.origin, tool, throttle)), activation: {}, preferences: null };
          if (tool !== 'none') {
            for (const count of TAG_COUNTS) sample.activation[count] = await activation(browser, server.origin, tool, throttle, count);
            sample.preferences = await preferences(browser, server.origin, tool, throttle);
          }
          samples.push(sample);
          process.stdout.write(`\r${throttle}× CPU, run ${run + 1}/${RUNS}: ${tool}`.padEnd(60));
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write('\n');

  const summary = summarise(samples, tools, THROTTLES, TAG_COUNTS);
  const targets = evaluateTargets(summary);
  console.log(formatTables(summary, targets));
  if (RUNS < FULL_RUNS || options.only) {
    console.log(`\nbench/results.json and the README are written only by a run of every tool, ${FULL_RUNS} runs or more.`);
    return;
  }
  const results = {
    date: new Date().toISOString(),
    note: 'Ratios on one machine, not absolute promises. Medians with [min, max] over the runs.',
    runs: RUNS,
    // Which Consentry was measured: the commit, and whether dist/ may differ from it.
    consentry: { commit: git('rev-parse', '--short', 'HEAD'), uncommittedChanges: git('status', '--porcelain', '--', 'src').length > 0 },
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: browserVersion },
    tools: Object.fromEntries(tools.map((name) => [name, { label: TOOLS[name].label, version: versionOf(name) }])),
    summary,
    targets,
    samples,
  };
  writeFileSync(new URL('../results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  // docs/benchmarks.md, not the README: the README ships in the package and speaks to users.
  const readme = new URL('../../docs/benchmarks.md', import.meta.url);
  writeFileSync(readme, replaceReadmeBlock(readFileSync(readme, 'utf8'), formatReadmeBlock(results, formatTables(summary, targets))));
  console.log('\nWrote bench/results.json and the tables in docs/benchmarks.md');
}

await main();
