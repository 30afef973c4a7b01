// The one place that talks to the console (STYLE 6): every message carries the same prefix so a
// site owner can filter for it, and tests can spy on exactly these two functions' targets.
const PREFIX = 'Consentry: ';

/** A programmer's mistake (bad configuration, bad argument): reported once, never thrown. */
export function reportError(message: string): void {
  console.error(PREFIX + message);
}

/** Something worth knowing that the SDK has already handled (dropped receipt, unknown category). */
export function reportWarning(message: string): void {
  console.warn(PREFIX + message);
}

/** An interface module that could not be loaded or mounted (banner or placeholder): nothing is granted because of it. */
export function reportInterfaceFailure(error: unknown): void {
  reportError(`the interface could not be loaded (${error}); nothing was granted.`);
}
