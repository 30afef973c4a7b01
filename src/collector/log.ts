// The collector's only console output (STYLE 6). There are no access logs on purpose: a request
// log would store client IP addresses, which the collector never keeps (SPEC §8).
const PREFIX = 'consentry-collector: ';

/** Start-up facts and shutdown, for the operator. */
export function logInfo(message: string): void {
  console.log(PREFIX + message);
}

/** Something failed that the operator must see (the client got a 5xx or nothing was stored). */
export function logError(message: string, error?: unknown): void {
  console.error(PREFIX + message + (error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
}
