#!/usr/bin/env node
// `consentry-collector`'s entry. The CLI is imported here rather than statically, so a failure to
// load it (a dependency missing or built for another Node.js) ends like every other failure to
// start: one line that says why, and exit status 2.
import { logError } from './log';

try {
  await import('./cli');
} catch (error) {
  logError(`could not start: ${(error as Error).message.split('\n')[0]}`);
  process.exit(2);
}
