// `node bench/compare/profile.mjs` (by hand, like the rest of bench/): where one tool's time goes on
// the benchmark page, in Debian's Chromium, for issue 12's "profile before changing anything".
// For each run, in a fresh context, it records one visit with a CPU profile (Profiler, sampled
// every --interval µs) and a trace (devtools.timeline and disabled-by-default-v8.compile), then
// prints medians over the runs: the renderer main thread's time by trace event (EvaluateScript
// of each script, compile, FunctionCall of listeners, Layout…, in thread time) and the functions
// with the most self time. Profiling slows the page down, so read the shares, not the totals: the totals are
// `npm run bench`'s.
//   --tool consentry | vanilla-cookieconsent | … (default consentry)
//   --visit returning | first | accept (a decision stored; the first visit until its banner
//     shows; Accept all on a first visit until --tags tags ran)
//   --throttle N (CPU slow-down, default 1)  --runs N (default 5)  --tags N (default 3)
//   --interval µs (default 50)  --before <folder> (then --tool consentry-before profiles that build)
//   --trace-only: no CPU profile, and no V8 compile trace events. Both make V8 collect source
//     positions as it compiles, which inflates compile time; without them the thread times by
//     trace event are close to the page's own (no self times then).
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { acceptAll, LAUNCH, openPage } from './chromium.mjs';
import { startServer } from './server.mjs';
import { addEarlierConsentry, TOOLS } from './tools.mjs';

const { values: options } = parseArgs({
  options: {
    tool: { type: 'string', default: 'consentry' },
    visit: { type: 'string', default: 'returning' },
    throttle: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    tags: { type: 'string', default: '3' },
    interval: { type: 'string', default: '50' },
    before: { type: 'string' },
    'trace-only': { type: 'boolean', default: false },
  },
});
const traceOnly = options['trace-only'];
if (options.before) addEarlierConsentry(options.before);
if (!(options.tool in TOOLS) || !['returning', 'first', 'accept'].includes(options.visit)) {
  throw new Error(`--tool is one of ${Object.keys(TOOLS).join(', ')}; --visit is returning, first or accept`);
}
const tags = Number(options.tags);
const TIMEOUT = 10_000;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...(traceOnly ? ['v8'] : ['disabled-by-default-v8.compile'])];

/** Clicks the tool's Accept all and waits until the page's tags ran. */
async function accept(page) {
  if (!(await acceptAll(page))) throw new Error(`${options.tool} showed no Accept all button, or its tags did not run`);
}

/** A new page of `context`, throttled, with the probe watching for the banner if `watchBanner`. */
const openProbedPage = (context, watchBanner) => openPage(context, Number(options.throttle), { tags, watchBanner, timeout: TIMEOUT });

/** Runs `act` under the tracer and, unless --trace-only, the profiler; returns both (profile null without it). */
async function recorded(cdp, act) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  if (!traceOnly) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(options.interval) });
  }
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  if (!traceOnly) await cdp.send('Profiler.start');
  await act();
  const profile = traceOnly ? null : (await cdp.send('Profiler.stop')).profile;
  await cdp.send('Tracing.end');
  await traced;
  return { profile, events };
}

/**
 * Milliseconds of thread time (CPU, as npm run bench counts; a wait on another process is not in
 * it) by trace event name, with the script's file for script events, on the renderer main thread.
 */
function traceTotals(events) {
  const counts = new Map();
  for (const event of events) if (event.name === 'EvaluateScript') counts.set(event.tid, (counts.get(event.tid) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map();
  for (const event of events) {
    if (event.tid !== main || event.ph !== 'X' || !event.tdur || event.name === 'RunTask') continue;
    const file = (event.args?.data?.url ?? '').replace(/^.*\//, '');
    const key = file ? `${event.name} ${file}` : event.name;
    totals.set(key, (totals.get(key) ?? 0) + event.tdur / 1000);
  }
  return totals;
}

/** Kilobytes by node type in a heap snapshot taken after a garbage collection. */
async function heapByType(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [types] = snapshot.meta.node_types;
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const totals = new Map();
  for (let index = 0; index < nodes.length; index += fields.length) {
    const name = types[nodes[index + type]];
    totals.set(name, (totals.get(name) ?? 0) + nodes[index + size] / 1024);
  }
  return totals;
}

/** Milliseconds of self time by function (name, file, column) in a CPU profile. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, columnNumber } = nodes.get(id).callFrame;
    if (['(idle)', '(program)'].includes(functionName)) return;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '') || '(native)'}:${columnNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  return totals;
}

async function main() {
  const server = await startServer(0);
  const browser = await chromium.launch(LAUNCH);
  const url = `${server.origin}/page/${options.tool}?tags=${tags}`;
  const runs = [];
  try {
    for (let run = 0; run < Number(options.runs); run += 1) {
      const context = await browser.newContext();
      if (options.visit === 'returning') {
        const { page } = await openProbedPage(context, true);
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => window.__bench.within(window.__bench.banner));
        await accept(page);
        await page.close();
      }
      const { page, cdp } = await openProbedPage(context, options.visit !== 'returning');
      if (options.visit === 'accept') {
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => window.__bench.within(window.__bench.banner));
        await page.waitForLoadState('networkidle');
      }
      const run = await recorded(cdp, async () => {
        if (options.visit === 'accept') return accept(page);
        await page.goto(url, { waitUntil: 'load' });
        if (options.visit === 'first') await page.evaluate(() => window.__bench.within(window.__bench.banner));
        await page.waitForLoadState('networkidle');
      });
      runs.push({ ...run, heap: await heapByType(cdp) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const print = (title, perRun, limit) => {
    const keys = new Set(perRun.flatMap((totals) => [...totals.keys()]));
    const rows = [...keys].map((key) => [key, median(perRun.map((totals) => totals.get(key) ?? 0))]).filter(([, ms]) => ms >= 0.05);
    console.log(`\n${title}`);
    for (const [key, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${ms.toFixed(2).padStart(9)} ms  ${key}`);
  };
  console.log(`${options.tool}, ${options.visit} visit, ${options.throttle}× CPU, ${runs.length} runs (medians; profiling slows the page)`);
  print(
    'Renderer main thread, thread time by trace event:',
    runs.map(({ events }) => traceTotals(events)),
    25,
  );
  if (!traceOnly)
    print(
      'Self time by function:',
      runs.map(({ profile }) => selfTimes(profile)),
      25,
    );
  const heap = runs.map(({ heap }) => heap);
  const keys = new Set(heap.flatMap((totals) => [...totals.keys()]));
  console.log('\nHeap after a garbage collection, kB by node type (compare with --tool none):');
  for (const key of [...keys].sort())
    console.log(
      `${median(heap.map((totals) => totals.get(key) ?? 0))
        .toFixed(0)
        .padStart(9)} kB  ${key}`,
    );
}

await main();
