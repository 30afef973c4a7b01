// The one definition of a consent receipt (SPEC §7), shared by the browser code that builds
// receipts and the collector that checks them. The browser side imports only the `Receipt` type
// (`import type`), so valibot never reaches the page's bundle; the collector runs the schema on
// every body it receives, and stores nothing that fails it.
import * as v from 'valibot';
import { METHODS } from './decision';
import { isObject } from './option-checks';
import { CATEGORY_NAME, isNoticeUrl, isPageUrl, isUuidV4, LANGUAGE_TAG, MAX_CATEGORIES, MAX_SERVICES, MAX_URL_LENGTH, OBJECT_KEYS, REVISION } from './grammar';

// The collector checks ids in its routes with the same definition.
export { isUuidV4 };

/** The `schema` value of every receipt this version of Consentry writes and accepts. */
export const RECEIPT_SCHEMA = 'consentry.receipt/1';

/** Every kind of decision a receipt records (SPEC §7). */
export const EVENT_TYPES = ['given', 'refused', 'updated', 'withdrawn'] as const;

// A visitor's clock may run ahead of the collector's; a day of slack (as the SDK allows for the
// stored decision time) accepts honest skew while refusing receipts dated into the future.
const FUTURE_SLACK_MS = 86_400_000;

// The exact form Date#toISOString writes, so stored times sort and compare as text.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// Lower-case only: receiptId is the idempotency key, so one receipt must have one spelling.
const uuidV4 = v.pipe(
  v.string(),
  v.check((id) => isUuidV4(id), 'must be a lower-case version 4 UUID'),
);

const eventTime = v.pipe(
  v.string(),
  v.regex(ISO_UTC, 'must be an ISO 8601 UTC time such as 2026-01-01T12:00:00.000Z'),
  v.check((time) => new Date(time).toISOString() === time, 'must be a real calendar time'),
  v.check((time) => Date.parse(time) <= Date.now() + FUTURE_SLACK_MS, 'must not be more than a day in the future'),
);

/** An object of names to true or false, as categories and services (SPEC §9) are recorded. */
const choiceRecord = (what: 'category' | 'service', max: number) =>
  v.pipe(
    v.custom<Record<string, unknown>>(isObject, `must be an object of ${what} names to true or false`),
    // valibot's record() silently drops these keys; refusing them keeps "what was sent is what is stored".
    v.check((value) => !OBJECT_KEYS.some((key) => Object.hasOwn(value, key)), `must not use a reserved name as a ${what}`),
    v.check((value) => Object.keys(value).length <= max, `must hold at most ${max} names`),
    v.record(v.pipe(v.string(), v.regex(CATEGORY_NAME, `must be a ${what} name of a-z 0-9 _ - (at most 32)`)), v.boolean()),
  );

const categories = v.pipe(
  choiceRecord('category', MAX_CATEGORIES),
  // SPEC §3: necessary is always granted; a receipt that says otherwise was not written by Consentry.
  v.check((value) => value.necessary === true, 'must include "necessary": true'),
);

/**
 * The page the decision was made on: an http(s) URL without query string or fragment (SPEC §7),
 * and without credentials, since either could carry personal data.
 */
const page = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  v.check((url) => isPageUrl(url), 'must be an http(s) URL without query string, fragment or control characters'),
  v.check((url) => {
    try {
      const parsed = new URL(url);
      return parsed.username === '' && parsed.password === '';
    } catch {
      return false;
    }
  }, 'must be a valid URL without credentials'),
);

const notice = v.strictObject({
  // The same forms the SDK accepts for `policyUrl` (SPEC §1), or null when none is configured.
  policyUrl: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
      v.check((url) => isNoticeUrl(url), 'must be an http(s) URL or a path, without spaces or control characters'),
    ),
  ),
  revision: v.pipe(v.string(), v.regex(REVISION, 'must be 1 to 32 of A-Z a-z 0-9 . _ : -')),
  language: v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag such as "en" or "pt-BR"')),
  // Null when no Consentry text was on screen (an API call or the GPC rule decided).
  textHash: v.nullable(v.pipe(v.string(), v.regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'must be "sha256-" and a base64 SHA-256 digest'))),
});

/** A consent receipt as posted by the SDK and stored by the collector (SPEC §7). */
export interface Receipt {
  schema: typeof RECEIPT_SCHEMA;
  receiptId: string;
  subjectId: string;
  eventTime: string;
  eventType: (typeof EVENT_TYPES)[number];
  method: (typeof METHODS)[number];
  categories: Record<string, boolean>;
  services?: Record<string, boolean> | undefined;
  previousReceiptId: string | null;
  notice: { policyUrl: string | null; revision: string; language: string; textHash: string | null };
  signals: { gpc: boolean };
  page: string;
  sdkVersion: string;
}

/**
 * The receipt schema (valibot). Objects are strict: an unknown field is refused rather than
 * dropped, so the stored and signed receipt is exactly what the browser sent. Typed as checking
 * exactly `Receipt`, so the two cannot drift; not exported, so the declarations that apps and the
 * collector's users compile against never name valibot, which the SDK does not depend on.
 */
const receiptSchema: v.GenericSchema<unknown, Receipt> = v.pipe(
  v.strictObject({
    schema: v.literal(RECEIPT_SCHEMA, `must be "${RECEIPT_SCHEMA}"`),
    receiptId: uuidV4,
    // The SDK's pseudonymous id is a random UUID v4 (src/model/ids.ts), and nothing else.
    subjectId: uuidV4,
    eventTime,
    eventType: v.picklist(EVENT_TYPES, `must be one of ${EVENT_TYPES.join(', ')}`),
    method: v.picklist(METHODS, `must be one of ${METHODS.join(', ')}`),
    categories,
    // SPEC §9: only a site that declares services records them.
    services: v.optional(choiceRecord('service', MAX_SERVICES)),
    previousReceiptId: v.nullable(uuidV4),
    notice,
    signals: v.strictObject({ gpc: v.boolean() }),
    page,
    sdkVersion: v.pipe(v.string(), v.regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}(-[0-9A-Za-z.-]{1,32})?$/, 'must be a version such as 1.2.3')),
  }),
  // SPEC §9: services and categories share one namespace.
  v.forward(
    v.partialCheck([['categories'], ['services']], ({ categories, services = {} }) => !Object.keys(services).some((name) => Object.hasOwn(categories, name)), 'must not repeat a category name'),
    ['services'],
  ),
  v.forward(
    v.partialCheck([['receiptId'], ['previousReceiptId']], (input) => input.previousReceiptId !== input.receiptId, 'must differ from receiptId'),
    ['previousReceiptId'],
  ),
);

/** The outcome of checking an untrusted value against the receipt schema. */
export type ReceiptCheck =
  | { ok: true; receipt: Receipt }
  /** `field` is the dotted path of the first failing field, or null when the value is not an object at all. */
  | { ok: false; error: string; field: string | null };

/**
 * Checks an untrusted value (a parsed request body) against the receipt schema and names the
 * first failing field.
 *
 * @example
 * ```ts
 * const check = checkReceipt(JSON.parse(body));
 * if (!check.ok) return Response.json({ error: check.error, field: check.field }, { status: 400 });
 * ```
 */
export function checkReceipt(value: unknown): ReceiptCheck {
  // valibot's object schemas take arrays for objects; a receipt is never one.
  if (Array.isArray(value)) return { ok: false, error: 'a receipt must be a JSON object', field: null };
  const result = v.safeParse(receiptSchema, value, { abortEarly: true });
  if (result.success) return { ok: true, receipt: result.output };
  const issue = result.issues[0];
  const field = issue.path?.map((item) => String(item.key)).join('.') || null;
  // A strict object reports a missing or unknown key as a "key" issue; say which it is plainly.
  const keyIssue = issue.type === 'strict_object' && issue.kind === 'schema';
  const message = !keyIssue ? issue.message : issue.expected === 'never' ? 'is not a receipt field' : 'is required';
  return { ok: false, error: field ? `${field}: ${message}` : message, field };
}
