#!/usr/bin/env node
// `consentry-scan`'s entry. Exit status 1 means "violations found" (cli.ts), so nothing else may
// end with it: a failure to load the scanner (a dependency missing or broken) and any error that
// escapes it end with 2, "the site could not be scanned", and one line that says why.
// The message may quote the scanned site, so it is made printable first.
import { printable } from './printable';

const NOT_SCANNED = 2;

function crash(error: unknown): never {
  process.stderr.write(`consentry-scan: could not scan: ${printable(error instanceof Error ? error.message.split('\n')[0]! : String(error))}\n`);
  process.exit(NOT_SCANNED);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
await import('./cli').catch(crash);
