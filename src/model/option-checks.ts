// What a configuration option's value is checked against, and the one error a failed check gives
// (SPEC §1). Shared by the loader's normaliseConfig (core/config) and the interface's
// interfaceSettings (ui/interface-settings), each for the options it reads.
import { reportError } from './report';

/**
 * What an option accepts, for the error message, and the test. Where a regular expression
 * decides, the message quotes it: exact for a developer, and no second description to drift.
 */
export type Check = [accepted: string, test: (value: unknown) => boolean];

/** Reports one invalid option where it was found; returns false so a check can end with it. */
export type Fail = (option: string, value: unknown, accepted: string) => false;

export const text = (pattern: RegExp): Check => ['a string matching ' + pattern, (value) => typeof value === 'string' && pattern.test(value)];

export const oneOf = (...values: string[]): Check => [values.join(' | '), (value) => values.includes(value as string)];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an option's value and, when it passes, writes it into the settings at its path (`gpc`,
 * or one level down: `cookie.name`); otherwise reports it, and the previous value stays.
 */
export function applyChecked(settings: object, path: string, value: unknown, [accepted, test]: Check, fail: Fail): void {
  if (!test(value)) {
    fail(path, value, accepted);
    return;
  }
  const [outer, inner] = path.split('.') as [string, string?];
  const target = settings as Record<string, Record<string, unknown>>;
  if (inner) target[outer]![inner] = value;
  else (target as Record<string, unknown>)[outer] = value;
}

/**
 * The one error an invalid option gives: the option, its value, where it came from and what is
 * accepted. The option then keeps its previous value, which is never one that grants anything.
 *
 * @example
 * ```ts
 * reportInvalidOption('gpc', 'sometimes', '#consentry-config', 'reject | preselect | ignore');
 * // Consentry: invalid option gpc = "sometimes" in #consentry-config; expected reject | preselect | ignore; ignored.
 * ```
 */
export function reportInvalidOption(option: string, value: unknown, from: string, accepted: string): false {
  reportError(`invalid option ${option} = ${JSON.stringify(value)} in ${from}; expected ${accepted}; ignored.`);
  return false;
}
