// The collector's only console output (STYLE 6). There are no access logs on purpose: a request
// log would store client IP addresses, which the collector never keeps (SPEC §8).
const PREFIX = 'consentry-collector: ';

/** Start-up facts and shutdown, for the operator. */
export function logInfo(message: string): void {
  console.log(PREFIX + message);
}

/** Something the operator asked for that weakens what the record proves, said on stderr so it is kept with the errors. */
export function logWarning(message: string): void {
  console.error(`${PREFIX}WARNING: ${message}`);
}

/** Something failed that the operator must see (the client got a 5xx or nothing was stored). */
export function logError(message: string, error?: unknown): void {
  console.error(PREFIX + message + (error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
}

/** Where the outcomes of a repeating operation are reported (createFailureBurstLog). */
export interface FailureBurstLog {
  failed(error: unknown): void;
  succeeded(): void;
}

/**
 * Logs a failure that repeats, such as every write while the disk is full, as one line when it
 * starts and one when it ends, instead of one per request.
 */
export function createFailureBurstLog(what: string): FailureBurstLog {
  let failures = 0;
  return {
    failed(error) {
      failures += 1;
      if (failures === 1) logError(`${what} failed (logged once until it works again): ${error instanceof Error ? error.message : String(error)}`);
    },
    succeeded() {
      if (failures > 0) logInfo(`${what} works again, after ${failures} failure${failures === 1 ? '' : 's'}`);
      failures = 0;
    },
  };
}
