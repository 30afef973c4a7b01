// `consentry-scan`: what a site stores and sends before consent and after a refusal (SPEC §11).
// The report goes to stdout, progress to stderr; exit 0 compliant, 1 violations, 2 not scanned.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assess } from './assess';
import { DEFAULT_CHROMIUM } from './browser';
import { loadCookieDatabase } from './cookie-database';
import { printable, printableJson } from './printable';
import { EXIT_STATUS, type Phase } from './report';
import { formatHtmlReport } from './report-html';
import { formatTextReport } from './report-text';
import { scanSite } from './scan-site';

const USAGE = `Usage: consentry-scan <url> [options]

Visits the site in a fresh Chromium profile three times: before any decision, after
Reject all, after Accept all. Reports every cookie, storage key and request to another
site that needs consent but comes without it, and how to fix it.

Options:
  --pages <n>        pages to visit in all, following same-site links (default 3)
  --json <file>      write the report as JSON (schema consentry.scan/1)
  --html <file>      write a standalone HTML report with a screenshot of each phase
  --chromium <path>  the Chromium to drive (default $CHROMIUM_PATH or ${DEFAULT_CHROMIUM})
  --timeout <s>      seconds to wait for each page and for each answer from it (default 30)
  --quiet            no progress on stderr
  --help             show this help

Exit status: 0 compliant, 1 violations found, 2 the site could not be scanned.
Needs a Chromium (Debian's and Ubuntu's chromium package, or --chromium).
`;

const NOT_SCANNED = 2;

/** A line on stderr; it may quote the site (a URL, an error message), so it is made printable. */
function say(message: string): void {
  process.stderr.write(`consentry-scan: ${printable(message)}\n`);
}

function fail(message: string, hint?: string): never {
  say(message);
  if (hint) process.stderr.write(`${hint}\n`);
  process.exit(NOT_SCANNED);
}

function readOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      pages: { type: 'string', default: '3' },
      json: { type: 'string' },
      html: { type: 'string' },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM },
      timeout: { type: 'string', default: '30' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = (flag: string, text: string, min: number, max: number) => {
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new Error(`--${flag} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
    return Number(text);
  };
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) throw new Error('give one URL to scan');
  const url = new URL(positionals[0]!.includes('://') ? positionals[0]! : `https://${positionals[0]}`);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`only http and https URLs can be scanned, not ${url.protocol}`);
  return {
    help: false as const,
    url: url.href,
    pages: whole('pages', values.pages, 1, 100),
    timeoutMs: whole('timeout', values.timeout, 1, 600) * 1000,
    json: values.json,
    html: values.html,
    chromium: values.chromium,
    quiet: values.quiet,
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    fail((error as Error).message, 'Run consentry-scan --help for the options.');
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { quiet } = options;
  let observations: Awaited<ReturnType<typeof scanSite>>;
  try {
    observations = await scanSite({ ...options, progress: (message) => quiet || say(message) });
  } catch (error) {
    fail(`could not scan ${options.url}: ${(error as Error).message.split('\n')[0]}`);
  }
  const report = assess(observations, loadCookieDatabase());
  process.stdout.write(formatTextReport(report));
  if (options.json) writeFileSync(options.json, printableJson(report) + '\n');
  if (options.html) {
    const screenshots = Object.fromEntries(observations.phases.flatMap((phase) => (phase.screenshot ? [[phase.phase, phase.screenshot]] : []))) as Partial<Record<Phase, Buffer>>;
    writeFileSync(options.html, formatHtmlReport(report, screenshots));
  }
  process.exitCode = EXIT_STATUS[report.verdict];
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
