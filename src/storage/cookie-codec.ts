import { METHODS, type Method } from '../model/decision';
import { dashUuid } from '../model/ids';
import { CATEGORY_NAME, isCategoryName, REVISION } from '../model/grammar';

/** What the consent cookie holds (SPEC §6). */
export interface StoredChoice {
  subjectId: string;
  /** The last receipt sent for this subject, so the next one can point to it. */
  lastReceiptId: string | null;
  /** Epoch milliseconds of the decision; null when the decision was withdrawn. */
  decidedAt: number | null;
  method: Method | null;
  /** Optional categories only (necessary is implied). */
  categories: Record<string, boolean>;
  revision: string;
}

// Format, version 2, fields joined by '.':
//   2 . subjectId . lastReceiptId (both version 4 UUIDs as 32 hex digits, no dashes)
//     . decidedAt (seconds, base 36) . method (index into METHODS, decimal, as many digits as it needs)
//     . granted names joined by '+' . refused names joined by '+'
//     . revision (last, so it may itself contain dots)
// decidedAt and method are both empty after a withdrawal. Version 1 is the same with a one-digit
// method; it is still read, so no visitor is asked again because the SDK was updated. A later
// version adds its own pattern here and keeps reading these. Every field is drawn from characters
// that need no percent-encoding in a cookie value, so the stored length is the encoded length.
// Names, revision and ids follow the one grammar (model/grammar) that receipts are checked
// against: a cookie whose subject id is not a v4 UUID would give receipts the collector refuses,
// so it reads as no decision, and a new subject id is drawn.
const VERSION = 2;
const HEX_UUID_V4 = '[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}';
const bare = (pattern: RegExp) => pattern.source.slice(1, -1);
const NAMES = `(${bare(CATEGORY_NAME)}(?:\\+${bare(CATEGORY_NAME)})*)?`;
// A Map, not an object: the version is read from the cookie, and `constructor` must find nothing.
const FORMATS = new Map([
  ['1', pattern('\\d')],
  ['2', pattern('\\d{1,4}')],
]);

function pattern(method: string): RegExp {
  return new RegExp(`^\\d+\\.(${HEX_UUID_V4})\\.(${HEX_UUID_V4})?\\.(?:([0-9a-z]{1,9})\\.(${method})|\\.)\\.${NAMES}\\.${NAMES}\\.(${bare(REVISION)})$`);
}

/** Serialises a stored choice into the compact cookie value (the current version). */
export function encodeChoice(choice: StoredChoice): string {
  const entries = Object.entries(choice.categories);
  const names = (granted: boolean) =>
    entries
      .filter(([, value]) => value === granted)
      .map(([name]) => name)
      .join('+');
  const decided = choice.decidedAt !== null && choice.method !== null;
  return [
    VERSION,
    choice.subjectId.replace(/-/g, ''),
    choice.lastReceiptId?.replace(/-/g, '') ?? '',
    decided ? Math.floor(choice.decidedAt! / 1000).toString(36) : '',
    decided ? METHODS.indexOf(choice.method!) : '',
    names(true),
    names(false),
    choice.revision,
  ].join('.');
}

/** Parses a cookie value of any version this SDK reads; anything malformed, of another version or inconsistent gives null. */
export function decodeChoice(value: string | undefined): StoredChoice | null {
  const match = FORMATS.get((value ?? '').split('.')[0]!)?.exec(value!);
  if (!match) return null;
  const [, subjectId, receipt, time, method, granted, refused, revision] = match;
  const methodName = method ? METHODS[Number(method)] : null;
  if (methodName === undefined) return null;
  const categories: Record<string, boolean> = {};
  for (const [list, isGranted] of [
    [granted, true],
    [refused, false],
  ] as const) {
    for (const name of list?.split('+') ?? []) {
      if (!isCategoryName(name) || Object.hasOwn(categories, name)) return null;
      categories[name] = isGranted;
    }
  }
  return {
    subjectId: dashUuid(subjectId!),
    lastReceiptId: receipt ? dashUuid(receipt) : null,
    decidedAt: time ? parseInt(time, 36) * 1000 : null,
    method: methodName,
    categories,
    revision: revision!,
  };
}
