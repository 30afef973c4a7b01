// How long the scanner waits for the page to answer. Playwright's actions (a load, a click, a
// screenshot) take a timeout; its evaluations do not, and a page whose script never yields (a busy
// loop) never answers one. Every step that needs the page's answer goes through `answerWithin`, so
// `--timeout` bounds the whole scan and a page that will not answer ends it with the reason.

/** Settles as `work` does, or rejects once `ms` have passed, saying what the page did not answer. */
export function answerWithin<T>(work: Promise<T>, ms: number, doing: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not answer within ${ms / 1000} s while ${doing}`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
