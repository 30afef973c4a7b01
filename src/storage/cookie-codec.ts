import { METHODS, type Method } from '../model/decision';
import { dashUuid } from '../model/ids';

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

// Format, version 1, fields joined by '.':
//   1 . subjectId . lastReceiptId (both UUIDs as 32 hex digits, no dashes) . decidedAt (seconds, base 36)
//     . method (index into METHODS) . granted names joined by '+' . refused names joined by '+'
//     . revision (last, so it may itself contain dots)
// decidedAt and method are both empty after a withdrawal. Every field is drawn from characters
// that need no percent-encoding in a cookie value, so the stored length is the encoded length.
const NAMES = '([a-z0-9_-]{1,32}(?:\\+[a-z0-9_-]{1,32})*)?';
const FORMAT = new RegExp(
  `^1\\.([0-9a-f]{32})\\.([0-9a-f]{32})?\\.(?:([0-9a-z]{1,9})\\.(\\d)|\\.)\\.${NAMES}\\.${NAMES}\\.([\\w.:-]{1,32})$`,
);

/** Serialises a stored choice into the compact cookie value. */
export function encodeChoice(choice: StoredChoice): string {
  const entries = Object.entries(choice.categories);
  const names = (granted: boolean) => entries.filter(([, value]) => value === granted).map(([name]) => name).join('+');
  const decided = choice.decidedAt !== null && choice.method !== null;
  return [
    1,
    choice.subjectId.replace(/-/g, ''),
    choice.lastReceiptId?.replace(/-/g, '') ?? '',
    decided ? Math.floor(choice.decidedAt! / 1000).toString(36) : '',
    decided ? METHODS.indexOf(choice.method!) : '',
    names(true),
    names(false),
    choice.revision,
  ].join('.');
}

/** Parses a cookie value; anything malformed, of another version or inconsistent gives null. */
export function decodeChoice(value: string | undefined): StoredChoice | null {
  const match = FORMAT.exec(value ?? '');
  if (!match) return null;
  const [, subjectId, receipt, time, method, granted, refused, revision] = match;
  const methodName = method ? METHODS[Number(method)] : null;
  if (methodName === undefined) return null;
  const categories: Record<string, boolean> = {};
  for (const [list, isGranted] of [[granted, true], [refused, false]] as const) {
    for (const name of list?.split('+') ?? []) {
      if (name in categories) return null;
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
