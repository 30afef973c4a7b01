import { METHODS, type Method } from '../core/decision';

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
//   1 . subjectId . lastReceiptId (32 hex, no dashes) . decidedAt (seconds, base 36)
//     . method (index into METHODS) . granted names joined by '+' . refused names joined by '+'
//     . revision (last, so it may itself contain dots)
// Every field is drawn from characters that need no percent-encoding in a cookie value, so the
// stored length is the encoded length.
const VERSION = '1';
const SUBJECT = /^[\w-]{22}$/;
const RECEIPT = /^([0-9a-f]{32})?$/;
const TIME = /^([0-9a-z]{1,9})?$/;
const METHOD_INDEX = /^(\d)?$/;
const NAMES = /^([a-z0-9_-]{1,32}(\+[a-z0-9_-]{1,32})*)?$/;
const REVISION = /^[\w.:-]{1,32}$/;

/** Serialises a stored choice into the compact cookie value. */
export function encodeChoice(choice: StoredChoice): string {
  const entries = Object.entries(choice.categories);
  const names = (granted: boolean) => entries.filter(([, value]) => value === granted).map(([name]) => name).join('+');
  const hasDecision = choice.decidedAt !== null && choice.method !== null;
  return [
    VERSION,
    choice.subjectId,
    choice.lastReceiptId ? choice.lastReceiptId.replace(/-/g, '') : '',
    hasDecision ? Math.floor(choice.decidedAt! / 1000).toString(36) : '',
    hasDecision ? METHODS.indexOf(choice.method!) : '',
    names(true),
    names(false),
    choice.revision,
  ].join('.');
}

/** Parses a cookie value; anything malformed, of another version or inconsistent gives null. */
export function decodeChoice(value: string | undefined): StoredChoice | null {
  if (typeof value !== 'string') return null;
  const fields = value.split('.');
  const [version, subjectId, receipt, time, method, granted, refused] = fields;
  const revision = fields.slice(7).join('.');
  if (
    version !== VERSION ||
    !SUBJECT.test(subjectId ?? '') ||
    !RECEIPT.test(receipt ?? '') ||
    !TIME.test(time ?? '') ||
    !METHOD_INDEX.test(method ?? '') ||
    !NAMES.test(granted ?? '') ||
    !NAMES.test(refused ?? '') ||
    !REVISION.test(revision) ||
    !time !== !method
  ) {
    return null;
  }
  const methodName = method ? METHODS[Number(method)] : null;
  if (methodName === undefined) return null;
  const categories: Record<string, boolean> = {};
  for (const [list, isGranted] of [[granted, true], [refused, false]] as const) {
    for (const name of list ? list.split('+') : []) {
      if (name in categories) return null;
      categories[name] = isGranted;
    }
  }
  return {
    subjectId: subjectId!,
    lastReceiptId: receipt ? receipt.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-') : null,
    decidedAt: time ? parseInt(time, 36) * 1000 : null,
    method: methodName,
    categories,
    revision,
  };
}
