// Turns the raw samples of a benchmark run into medians with min–max, checks them against the
// targets of issue 7, and formats Markdown tables (the README quotes them as printed).
import { BEFORE } from './tools.mjs';

/** Median, min and max of the values that were measured; `missing` counts the ones that were not. */
export function stat(values) {
  const present = values.filter((value) => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (present.length === 0) return { median: null, min: null, max: null, missing: values.length };
  const middle = present.length >> 1;
  const median = present.length % 2 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
  return { median, min: present[0], max: present.at(-1), missing: values.length - present.length };
}

const throttleKey = (throttle) => `${throttle}x`;

/**
 * Per throttle and tool: bytes, timings, and the main-thread and heap cost attributable to the tool,
 * which is its figure minus the baseline page's figure from the same run (paired, so a slow moment
 * of the machine weighs on both sides).
 */
export function summarise(samples, tools, throttles, tagCounts) {
  const summary = {};
  for (const throttle of throttles) {
    const key = throttleKey(throttle);
    summary[key] = {};
    const baseline = new Map(samples.filter((s) => s.tool === 'none' && s.throttle === throttle).map((s) => [s.run, s]));
    for (const tool of tools) {
      const mine = samples.filter((s) => s.tool === tool && s.throttle === throttle);
      const of = (read) => stat(mine.map(read));
      const overBaseline = (read) => of((s) => (baseline.has(s.run) ? read(s) - read(baseline.get(s.run)) : null));
      summary[key][tool] = {
        bytes: {
          first: { gzip: of((s) => s.first.bytes.gzip), brotli: of((s) => s.first.bytes.brotli), files: mine[0]?.first.bytes.files ?? [] },
          returning: { gzip: of((s) => s.returning.bytes.gzip), brotli: of((s) => s.returning.bytes.brotli), files: mine[0]?.returning.bytes.files ?? [] },
        },
        bannerVisibleMs: of((s) => s.first.bannerVisible),
        fcpMs: of((s) => s.first.fcp),
        cls: of((s) => s.first.cls),
        scriptMs: overBaseline((s) => s.first.scriptMs),
        mainThreadMs: overBaseline((s) => s.first.taskMs),
        heapKB: overBaseline((s) => s.first.heapBytes / 1024),
        returning: {
          bannerShownInRuns: mine.filter((s) => s.returning.bannerShown).length,
          scriptMs: overBaseline((s) => s.returning.scriptMs),
          mainThreadMs: overBaseline((s) => s.returning.taskMs),
          heapKB: overBaseline((s) => s.returning.heapBytes / 1024),
        },
        warm: { scriptMs: overBaseline((s) => s.warm.scriptMs) },
        activationMs: Object.fromEntries(tagCounts.map((count) => [count, of((s) => s.activation[count] ?? null)])),
        preferencesMs: of((s) => s.preferences),
      };
    }
  }
  return summary;
}

/** The lowest median among the other tools, and whose it is. */
function bestOther(perTool, read) {
  let best = null;
  for (const [tool, figures] of Object.entries(perTool)) {
    if (tool === 'none' || tool === 'consentry' || tool === BEFORE) continue;
    const value = read(figures)?.median;
    if (value !== null && value !== undefined && (best === null || value < best.value)) best = { tool, value };
  }
  return best;
}

/** Consentry's figure against `factor` × the best of the others (lower is better). */
function comparison(perTool, read, factor, target) {
  const consentry = read(perTool.consentry)?.median ?? null;
  const best = bestOther(perTool, read);
  const met = consentry === null || best === null ? null : consentry <= best.value * factor;
  return { target, met, consentry, bestOther: best };
}

/** The targets of issue 7, each with the measured figures; `met: null` when a figure is missing. */
export function evaluateTargets(summary) {
  const targets = [];
  const unthrottled = summary['1x'];
  if (!unthrottled?.consentry) return targets;
  targets.push(comparison(unthrottled, (t) => t.bytes.returning.gzip, 1 / 3, 'returning visit: bytes (gzip) ≤ ⅓ of the best other'));
  targets.push(comparison(unthrottled, (t) => t.bytes.first.gzip, 1, 'first visit: bytes (JS+CSS, gzip) ≤ the best other'));
  for (const [key, perTool] of Object.entries(summary)) {
    targets.push(comparison(perTool, (t) => t.returning.mainThreadMs, 1 / 3, `returning visit, ${key} CPU: main-thread time ≤ ⅓ of the best other`));
    targets.push(comparison(perTool, (t) => t.bannerVisibleMs, 1, `first visit, ${key} CPU: time to banner ≤ the best other`));
    const cls = perTool.consentry.cls.max;
    targets.push({ target: `${key} CPU: CLS 0 in every run`, met: cls === null ? null : cls === 0, consentry: cls });
  }
  const activation = unthrottled.consentry.activationMs;
  const [one, hundred, thousand] = [activation[1]?.median, activation[100]?.median, activation[1000]?.median];
  targets.push({ target: '1x CPU: Accept all → 1 000 tags run < 50 ms', met: thousand == null ? null : thousand < 50, consentry: thousand ?? null });
  // Linear: the cost per extra tag at 1 000 tags is no more than 1.5× the cost per extra tag at 100.
  const perTag100 = hundred == null || one == null ? null : (hundred - one) / 99;
  const perTag1000 = thousand == null || one == null ? null : (thousand - one) / 999;
  const ratio = perTag100 > 0 && perTag1000 !== null ? perTag1000 / perTag100 : null;
  targets.push({
    target: '1x CPU: activation linear in the number of tags (per-tag cost at 1 000 ≤ 1.5× that at 100)',
    met: ratio === null ? null : ratio <= 1.5,
    consentry: ratio,
    perTagMs: { 100: perTag100, 1000: perTag1000 },
  });
  return targets;
}

const round = (value, digits) => (value === null ? '–' : value.toFixed(digits));

/** "median (min–max)", or "–" when nothing was measured, with "n missed" when some runs were not. */
function cell(figure, digits = 0) {
  if (!figure || figure.median === null) return '–';
  const range = figure.min === figure.max ? '' : ` (${round(figure.min, digits)}–${round(figure.max, digits)})`;
  const missed = figure.missing ? ` ⚠${figure.missing} missed` : '';
  return `${round(figure.median, digits)}${range}${missed}`;
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (header, rows) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** Markdown: one table of bytes, one of timings per CPU throttle, then the targets. */
export function formatTables(summary, targets) {
  const [firstKey] = Object.keys(summary);
  const tools = Object.keys(summary[firstKey]).filter((tool) => tool !== 'none');
  const kB = (figure) => cell(figure && figure.median !== null ? { ...figure, median: figure.median / 1024, min: figure.min / 1024, max: figure.max / 1024 } : figure, 1);
  const parts = [
    '### Bytes of the consent tool (JS + CSS, kB; returning visit with the decision stored, cold HTTP cache)',
    '',
    table(
      ['tool', 'first visit gzip', 'first visit brotli', 'returning gzip', 'returning brotli'],
      tools.map((tool) => {
        const { first, returning } = summary[firstKey][tool].bytes;
        return [tool, kB(first.gzip), kB(first.brotli), kB(returning.gzip), kB(returning.brotli)];
      }),
    ),
  ];
  for (const [key, perTool] of Object.entries(summary)) {
    parts.push(
      '',
      `### ${key === '1x' ? 'Unthrottled' : `${key.replace('x', '×')} CPU throttling`} (ms unless noted; median (min–max); "over baseline" = minus the same page without a tool)`,
      '',
      table(
        [
          'tool',
          'banner visible',
          'FCP',
          'script, over baseline',
          'main thread, over baseline',
          'JS heap kB, over baseline',
          'CLS',
          'Accept all → 1 tag',
          '→ 100 tags',
          '→ 1 000 tags',
          'Manage preferences → dialog visible',
          'returning: main thread over baseline',
          'returning: script over baseline',
          'returning, warm caches: script over baseline',
        ],
        tools.map((tool) => {
          const t = perTool[tool];
          return [
            tool,
            cell(t.bannerVisibleMs),
            cell(t.fcpMs),
            cell(t.scriptMs, 1),
            cell(t.mainThreadMs, 1),
            cell(t.heapKB),
            cell(t.cls, 3),
            cell(t.activationMs[1], 1),
            cell(t.activationMs[100], 1),
            cell(t.activationMs[1000], 1),
            cell(t.preferencesMs, 1),
            cell(t.returning.mainThreadMs, 1),
            cell(t.returning.scriptMs, 1),
            cell(t.warm.scriptMs, 1),
          ];
        }),
      ),
      '',
      `Baseline page without a tool: FCP ${cell(perTool.none.fcpMs)} ms.`,
    );
  }
  parts.push('', '### Against vanilla-cookieconsent (issue 26: Consentry ÷ vanilla-cookieconsent, medians)', '', ratioTable(summary));
  parts.push('', '### Targets (issue 7)', '');
  for (const { target, met, consentry, bestOther: best } of targets) {
    const verdict = met === null ? 'not measured' : met ? 'met' : 'MISSED';
    const figures = `Consentry ${consentry === null ? '–' : round(consentry, 2)}${best ? `, best other ${best.tool} ${round(best.value, 2)}` : ''}`;
    parts.push(`- ${verdict}: ${target} (${figures})`);
  }
  return parts.join('\n');
}

// Issue 26's figures: [label, goal, reader, throttles], goal null for a figure shown without one.
// Lower is better for each.
const RATIO_FIGURES = [
  ['first visit, bytes gzip', 0.8, (t) => t.bytes.first.gzip, ['1x']],
  ['banner visible, ms from navigation', 0.6, (t) => t.bannerVisibleMs, ['1x', '4x']],
  ['first visit, script ms over baseline', 0.6, (t) => t.scriptMs, ['4x']],
  ['first visit, JS heap kB over baseline', 0.8, (t) => t.heapKB, ['1x']],
  ['returning visit, script ms over baseline', 0.75, (t) => t.returning.scriptMs, ['1x', '4x']],
  ['returning visit with warm HTTP and code caches, script ms over baseline', 0.75, (t) => t.warm.scriptMs, ['1x', '4x']],
  ['Accept all → 1 000 tags ran, ms', 0.9, (t) => t.activationMs[1000], ['1x', '4x']],
  ['Manage preferences → dialog visible, ms', null, (t) => t.preferencesMs, ['1x', '4x']],
];

/**
 * Consentry's figures as ratios to vanilla-cookieconsent's, with each ratio's goal; with an earlier
 * build measured in the same run, its ratios first.
 */
function ratioTable(summary) {
  const before = Object.values(summary).some((perTool) => perTool[BEFORE]);
  const rows = RATIO_FIGURES.map(([label, goal, read, throttles]) => {
    const figures = (tool) =>
      throttles.map((key) => {
        const mine = summary[key]?.[tool] && read(summary[key][tool])?.median;
        const theirs = summary[key]?.['vanilla-cookieconsent'] && read(summary[key]['vanilla-cookieconsent'])?.median;
        return { mine, theirs, ratio: mine == null || !theirs ? null : mine / theirs };
      });
    const list = (of, pick, digits) => of.map((figure) => round(pick(figure) ?? null, digits)).join(' / ');
    const now = figures('consentry');
    const earlier = before ? figures(BEFORE) : [];
    return [
      `${label}, ${throttles.join(' / ').replaceAll('x', '×')} CPU`,
      ...(before ? [list(earlier, (f) => f.mine, 1), list(earlier, (f) => f.ratio, 2)] : []),
      list(now, (f) => f.mine, 1),
      list(now, (f) => f.theirs, 1),
      list(now, (f) => f.ratio, 2),
      goal === null ? '—' : `≤ ${goal}`,
    ];
  });
  return table(['figure', ...(before ? ['Consentry before', 'ratio before'] : []), 'Consentry', 'vanilla-cookieconsent', 'ratio', 'goal'], rows);
}

const README_START = '<!-- bench:start (written by npm run bench) -->';
const README_END = '<!-- bench:end -->';

/** The README block: when and where the figures were measured, then the tables as printed. */
export function formatReadmeBlock(results, tables) {
  const { consentry, machine, runs, tools } = results;
  const versions = Object.entries(tools)
    .filter(([, tool]) => tool.version)
    .map(([name, tool]) => `${name} ${tool.version}`)
    .join(', ');
  return [
    README_START,
    `Run on ${results.date.slice(0, 10)} (Consentry at commit ${consentry.commit}${consentry.uncommittedChanges ? ' with uncommitted changes' : ''}): ${runs} runs per figure on ${machine.cpu} (${machine.cores} cores), Chromium ${machine.chromium}, Node ${machine.node}; ${versions}.`,
    '',
    tables.replace(/^### /gm, '#### '),
    README_END,
  ].join('\n');
}

/** `readme` with its benchmark block replaced; unchanged when the markers are missing. */
export function replaceReadmeBlock(readme, block) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}
