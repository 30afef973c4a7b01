// The tools under comparison and how each one's page differs: where its files come from, its head
// markup (pages/<name>.head.html) and how it tags a script that needs consent. Every page carries
// the same tags: tag 0 is an external script (served by the bench server, never the internet),
// the others are inline, and they cycle through the three optional categories.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../');

export const CATEGORIES = ['analytics', 'functional', 'personalization'];

/** What tag `index` does when it runs: tell the page's probe (probe.js) it ran. */
const tagCode = (index) => `__bench.tagRan(${index})`;
const externalTagUrl = (index) => `/vendor/tag.js?i=${index}`;

function tagsOf(count) {
  return Array.from({ length: count }, (_, index) => ({ index, category: CATEGORIES[index % CATEGORIES.length], external: index === 0 }));
}

/** `<script type="text/plain" data-category>`: SPEC §2, and vanilla-cookieconsent's own markup. */
function dataCategoryTag({ index, category, external }) {
  return external
    ? `<script type="text/plain" data-category="${category}" src="${externalTagUrl(index)}"></script>`
    : `<script type="text/plain" data-category="${category}">${tagCode(index)}</script>`;
}

/** Klaro names a service (here one per category) and keeps the real type and src in data-*. */
function klaroTag({ index, category, external }) {
  return external
    ? `<script type="text/plain" data-type="text/javascript" data-name="${category}" data-src="${externalTagUrl(index)}"></script>`
    : `<script type="text/plain" data-type="text/javascript" data-name="${category}">${tagCode(index)}</script>`;
}

// tarteaucitron service type standing for each category (it has no free-form categories).
const TARTEAUCITRON_TYPES = { functional: 'support', personalization: 'other', analytics: 'analytic' };

/**
 * tarteaucitron has no markup for blocked scripts: a site declares a service whose `js` function
 * holds the tracking code, and pushes it as a job. So each category is one custom service that runs
 * its tags in page order, loading the external one with tarteaucitron.addScript.
 */
function tarteaucitronTags(tags) {
  const services = CATEGORIES.map((category) => {
    const mine = tags.filter((tag) => tag.category === category);
    if (mine.length === 0) return '';
    // An external tag's successors run from its load callback, as a parser-blocking script would.
    const body = mine.reduceRight((rest, tag) => (tag.external ? `tarteaucitron.addScript('${externalTagUrl(tag.index)}', '', function () {${rest}});` : `${tagCode(tag.index)};${rest}`), '');
    return `tarteaucitron.services.bench_${category} = { key: 'bench_${category}', type: '${TARTEAUCITRON_TYPES[category]}', name: '${category}', needConsent: true, cookies: [], js: function () {${body}} };
(tarteaucitron.job = tarteaucitron.job || []).push('bench_${category}');`;
  });
  return `<script>\n${services.join('\n')}\n</script>`;
}

/** Tags as plain scripts, for the page without a consent tool (the baseline). */
function plainTag({ index, external }) {
  return external ? `<script src="${externalTagUrl(index)}"></script>` : `<script>${tagCode(index)}</script>`;
}

const perTag = (render) => (tags) => tags.map(render).join('\n');

/**
 * name → { label, files: URL prefix → folder, tags(tags) → HTML, preferences }. `files` is also how
 * bytes are attributed: everything the page loads under /lib/<name>/ belongs to the tool.
 * `preferences` selects the tool's preferences dialog, the one its banner's Manage preferences
 * opens, in the page or in Consentry's shadow root (bench/compare/probe.js looks in both).
 */
export const TOOLS = {
  none: { label: 'no consent tool (baseline)', files: {}, tags: perTag(plainTag) },
  consentry: { label: 'Consentry', files: { '/lib/consentry/': `${root}dist/` }, tags: perTag(dataCategoryTag), preferences: 'dialog[part="dialog"]' },
  'vanilla-cookieconsent': {
    label: 'vanilla-cookieconsent',
    files: { '/lib/vanilla-cookieconsent/': `${root}node_modules/vanilla-cookieconsent/dist/` },
    tags: perTag(dataCategoryTag),
    preferences: '#cc-main .pm',
  },
  // The modal's box, not the full-screen layer (.cookie-modal) that holds it and its backdrop.
  klaro: { label: 'klaro', files: { '/lib/klaro/': `${root}node_modules/klaro/dist/` }, tags: perTag(klaroTag), preferences: '.klaro .cm-modal' },
  tarteaucitron: {
    label: 'tarteaucitron',
    files: { '/lib/tarteaucitron/': `${root}node_modules/tarteaucitronjs/` },
    tags: tarteaucitronTags,
    preferences: '#tarteaucitron',
  },
};

/**
 * Adds `consentry-before`: Consentry as built into `folder` (the dist/ of an earlier commit), on
 * the same page as Consentry, so one run measures a change against what it changed (`npm run bench
 * -- --before <folder>`).
 */
export function addEarlierConsentry(folder) {
  TOOLS[BEFORE] = { label: `Consentry as built in ${folder}`, files: { [`/lib/${BEFORE}/`]: folder.replace(/\/?$/, '/') }, tags: TOOLS.consentry.tags, preferences: TOOLS.consentry.preferences };
}

/** The name of the earlier build measured beside Consentry, when there is one. */
export const BEFORE = 'consentry-before';

/** The installed version of each tool, read from its package.json. */
export function versionOf(name) {
  const packages = { consentry: '', 'vanilla-cookieconsent': 'node_modules/vanilla-cookieconsent/', klaro: 'node_modules/klaro/', tarteaucitron: 'node_modules/tarteaucitronjs/' };
  if (!(name in packages)) return null;
  return JSON.parse(readFileSync(`${root}${packages[name]}package.json`, 'utf8')).version;
}

const template = readFileSync(here('pages/page.html'), 'utf8');

/** The test page for one tool with `count` tagged scripts. */
export function renderPage(name, count) {
  const tool = TOOLS[name];
  // The earlier build's page is Consentry's, pointing at its own folder.
  const own = name === BEFORE ? 'consentry' : name;
  const head = name === 'none' ? '' : readFileSync(here(`pages/${own}.head.html`), 'utf8').replaceAll(`/lib/${own}/`, `/lib/${name}/`);
  return template.replace('<!--HEAD-->', head).replace('<!--TAGS-->', tool.tags(tagsOf(count)));
}

export { tagCode };
