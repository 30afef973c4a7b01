// The built `consentry-scan` bin against fixture sites (test/sites): one that leaks
// before consent, one that leaks after a refusal, one without reject on its first layer, a
// compliant Consentry site and a site that uses vanilla-cookieconsent with its defaults. Each
// asserts the exit status and the findings.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanReport } from '../src/report';
import { ROOT, runScan, serveScanSites, type ScanSites } from './scan-sites';

let sites: ScanSites;
beforeAll(async () => {
  sites = await serveScanSites();
});
afterAll(async () => {
  await sites.close();
});

async function scan(path: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-scan-'));
  const json = join(dir, 'report.json');
  const html = join(dir, 'report.html');
  const run = await runScan([`${sites.origin}${path}`, '--json', json, '--html', html, ...args]);
  const report = run.status === 2 ? null : (JSON.parse(readFileSync(json, 'utf8')) as ScanReport);
  return { ...run, report, html: run.status === 2 ? '' : readFileSync(html, 'utf8') };
}

const violations = (report: ScanReport, phase: string) =>
  report.findings.filter((finding) => finding.severity === 'violation' && finding.phase === phase).map((finding) => `${finding.subject} ${finding.name} ${finding.category}`);

test('a site that leaks before consent: _ga, a session-recording key and a third-party pixel are violations (exit 1)', async () => {
  const { status, stdout, report, html } = await scan('/leaky/');
  expect(status).toBe(1);
  expect(stdout).toContain('VIOLATIONS');
  const before = violations(report!, 'before');
  expect(before).toEqual(expect.arrayContaining(['cookie _ga analytics', 'cookie _gid analytics', 'storage _clsk analytics', `request localhost unknown`]));
  const ga = report!.findings.find((finding) => finding.name === '_ga' && finding.phase === 'before')!;
  expect(ga.platform).toBe('Google Analytics');
  expect(ga.where).toContain(`written by an inline script in ${sites.origin}/leaky/`);
  expect(ga.fix).toContain('<script type="text/plain" data-category="analytics">');
  const clsk = report!.findings.find((finding) => finding.name === '_clsk')!;
  expect(clsk.where).toContain(`written by the script ${sites.origin}/leaky/recorder.js`);
  expect(clsk.fix).toContain(`data-category="analytics" src="${sites.origin}/leaky/recorder.js"`);
  const pixel = report!.findings.find((finding) => finding.subject === 'request' && finding.phase === 'before')!;
  expect(pixel.where).toContain(`image ${sites.third}/tp/pixel.gif`);
  expect(pixel.fix).toContain(`<img data-category="marketing" data-src="${sites.third}/tp/pixel.gif" alt="">`);
  // Refusing removes nothing: the same cookies are still there after Reject all.
  expect(violations(report!, 'reject')).toEqual(expect.arrayContaining(['cookie _ga analytics', 'storage _clsk analytics', 'request localhost unknown']));
  // The server's session cookie is necessary and tied to the response that set it.
  const session = report!.phases[0]!.cookies.find((cookie) => cookie.name === 'PHPSESSID')!;
  expect(session).toMatchObject({ httpOnly: true, setBy: { by: 'http', url: `${sites.origin}/leaky/` }, classification: { category: 'necessary' } });
  expect(report!.findings.some((finding) => finding.name === 'PHPSESSID')).toBe(false);
  // The banner in its same-origin iframe was found and used.
  expect(report!.banner).toMatchObject({ found: true, refusal: 1, lessProminent: [] });
  expect(report!.phases[1]!.decision).toBe('clicked "Reject all"');
  // Polite crawl: the same-site page was visited; the log-out link, the PDF and the other site were not.
  expect(report!.phases[0]!.pages).toEqual([`${sites.origin}/leaky/`, `${sites.origin}/leaky/about.html`]);
  expect(sites.requested).not.toContain('/leaky/logout');
  expect(sites.requested).not.toContain('/leaky/report.pdf');
  expect(sites.requested).not.toContain('/elsewhere.html');
  expect(html).toContain('data:image/jpeg;base64,');
  expect(report!.suggestedConfig.categories).toMatchObject({ analytics: { services: { 'google-analytics': { label: 'Google Analytics' } } } });
});

test('a site that leaks after a refusal and plays the refusal down: exit 1 with the pixel after Reject all', async () => {
  const { status, report } = await scan('/refusal/');
  expect(status).toBe(1);
  // Nothing before the decision…
  expect(violations(report!, 'before')).toEqual(['banner consent banner necessary']);
  // …but after "Alle ablehnen" the advertising pixel loads and writes _fbp.
  expect(report!.phases[1]!.decision).toBe('clicked "Alle ablehnen"');
  expect(violations(report!, 'reject')).toEqual(expect.arrayContaining(['cookie _fbp marketing', 'request localhost unknown']));
  const fbp = report!.findings.find((finding) => finding.name === '_fbp' && finding.phase === 'reject')!;
  expect(fbp.where).toContain(`written by the script ${sites.third}/tp/fbevents.js`);
  expect(fbp.why).toContain('after the visitor clicked Reject all');
  // The reject link is smaller, lighter, fainter and unfilled next to a filled accept button.
  expect(report!.banner.accept?.name).toBe('Alle akzeptieren');
  expect(report!.banner.reject?.name).toBe('Alle ablehnen');
  expect(report!.banner.lessProminent.join(' ')).toMatch(/smaller.*lighter.*low contrast.*filled button/);
});

test('a site whose reject hides behind Settings: the refusal is made on the second layer and reported (exit 1)', async () => {
  const { status, report } = await scan('/no-reject/');
  expect(status).toBe(1);
  expect(report!.banner).toMatchObject({ found: true, reject: null, refusal: 2 });
  expect(report!.phases[1]!.decision).toBe('clicked "Settings", then "Reject all"');
  expect(report!.findings.filter((finding) => finding.severity === 'violation').map((finding) => [finding.subject, finding.why])).toEqual([
    ['banner', 'The first layer offers "Accept all" but no reject: refusing takes more steps than accepting (EDPB Guidelines 03/2022; CNIL).'],
  ]);
});

test('a compliant Consentry site: exit 0, and what it does after Accept all goes into the suggested configuration', async () => {
  const { status, stdout, report } = await scan('/consentry/');
  expect(status, stdout).toBe(0);
  expect(stdout).toContain('COMPLIANT');
  expect(report!.findings.filter((finding) => finding.severity === 'violation')).toEqual([]);
  expect(report!.banner).toMatchObject({ found: true, consentry: true, refusal: 1, lessProminent: [] });
  const [before, reject, accept] = report!.phases;
  expect(before!.cookies).toEqual([]);
  expect(before!.requests).toEqual([]);
  expect(reject!.cookies.map((cookie) => cookie.name)).toEqual(['consentry']);
  expect(reject!.requests).toEqual([]);
  expect(accept!.cookies.map((cookie) => cookie.name).sort()).toEqual(['_ga', 'consentry']);
  expect(accept!.requests.map((request) => request.url)).toContain(`${sites.third}/tp/pixel.gif`);
  expect(report!.suggestedConfig.categories).toEqual({
    analytics: { services: { 'google-analytics': { label: 'Google Analytics', cookies: [{ name: '_ga', provider: 'Google', duration: '2 years' }] } } },
  });
});

test('a vanilla-cookieconsent site with default options (hideFromBots on): its banner is found and the site is compliant', async () => {
  const { status, stdout, report } = await scan('/vanilla/');
  expect(status, stdout).toBe(0);
  expect(report!.banner).toMatchObject({ found: true, consentry: false, refusal: 1, lessProminent: [] });
  const [before, reject, accept] = report!.phases;
  expect(before!.cookies).toEqual([]);
  expect(reject!.decision).toBe('clicked "Reject all"');
  expect(reject!.cookies.map((cookie) => [cookie.name, cookie.classification.category])).toEqual([['cc_cookie', 'necessary']]);
  expect(accept!.decision).toBe('clicked "Accept all"');
  expect(accept!.cookies.map((cookie) => cookie.name).sort()).toEqual(['_ga', 'cc_cookie']);
});

test('a site that cannot be reached: exit 2 with the reason', async () => {
  // A port that was free a moment ago: nothing listens there.
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const { port } = closed.address() as AddressInfo;
  await new Promise((done) => closed.close(done));
  const { status, stderr } = await runScan([`http://127.0.0.1:${port}/`, '--timeout', '5']);
  expect(status).toBe(2);
  expect(stderr).toContain(`could not scan http://127.0.0.1:${port}/: page.goto: net::ERR_CONNECTION_REFUSED`);
});

test('a dependency missing from the install: the bin exits 2 (not 1, "violations") and says why', async () => {
  // The shipped files in a project whose node_modules lacks playwright-core.
  const project = mkdtempSync(join(tmpdir(), 'consentry-scan-bare-'));
  cpSync('dist', join(project, 'scan'), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of ['tldts', 'tldts-core']) symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
  const { status, stderr } = await runScan([sites.origin + '/leaky/'], { cwd: project, bin: join(project, 'scan', 'bin.js') });
  expect(status).toBe(2);
  expect(stderr).toMatch(/^consentry-scan: could not scan: Cannot find package 'playwright-core'/);
});

test('a site that sends the browser to another site: its top frame stays on the scanned site, the other page is never requested, and the report says where it was sent', async () => {
  const { status, stdout, report, html } = await scan('/runaway/');
  // Neither the script's `location` nor the partner link's redirect reached the other site.
  expect(sites.requested.filter((path) => path.startsWith('/internal-admin/'))).toEqual([]);
  expect(status, stdout).toBe(0);
  for (const phase of report!.phases) {
    expect(phase.error).toBeNull();
    expect(phase.pages).toEqual([`${sites.origin}/runaway/`, `${sites.origin}/runaway/away`]);
    expect(phase.blockedNavigations).toEqual([`${sites.third}/internal-admin/`, `${sites.third}/internal-admin/redirected`]);
    expect(phase.requests).toEqual([]);
  }
  // The page it stayed on was used: the banner's own buttons made the decisions.
  expect(report!.phases[1]!.decision).toBe('clicked "Reject all"');
  expect(stdout).toContain(`kept from leaving the site for ${sites.third}/internal-admin/, ${sites.third}/internal-admin/redirected`);
  expect(html).toContain(`Kept from leaving the site for <code>${sites.third}/internal-admin/</code>`);
});

test('a start page that redirects to another site: exit 2, naming where it redirects, without going there', async () => {
  const { status, stderr } = await runScan([`${sites.origin}/runaway/away`, '--timeout', '5']);
  expect(status).toBe(2);
  expect(stderr).toContain(`could not scan ${sites.origin}/runaway/away: ${sites.origin}/runaway/away redirects to another site, ${sites.third}/internal-admin/redirected`);
  expect(sites.requested.filter((path) => path.startsWith('/internal-admin/'))).toEqual([]);
});

test('a page that stops answering once loaded: --timeout bounds the scan, which ends with exit 2 and the reason', async () => {
  // Killed after two minutes should the scan not end by itself, so that the test fails instead of hanging.
  const { status, stderr } = await runScan([`${sites.origin}/busy/`, '--timeout', '5'], { killAfterMs: 120_000 });
  expect(stderr).toContain(`consentry-scan: could not scan ${sites.origin}/busy/: the page did not answer within 5 s while looking for its consent buttons`);
  expect(status).toBe(2);
});
