// Classifies cookie and storage-key names with the bundled Open Cookie Database (Apache 2.0; see
// data/SOURCE.md and data/LICENSE, which ship beside the JSON in dist/data/).
import { readFileSync } from 'node:fs';
import type { Classification, ScanCategory } from './report';

/**
 * The database's categories mapped to Consentry's, deliberately: its "Functional" is what the
 * ePrivacy Directive calls strictly necessary (sessions, load balancing, consent records), and
 * its "Security" is too; its "Personalization" (remembered preferences) is Consentry's optional
 * `functional` ("remember your settings"), not Consentry's `personalization`, which covers content
 * tailored to interests and embeds from other sites. Marketing stays marketing.
 */
export const DATABASE_CATEGORIES: Readonly<Record<string, ScanCategory>> = {
  Functional: 'necessary',
  Necessary: 'necessary',
  Security: 'necessary',
  Personalization: 'functional',
  Analytics: 'analytics',
  Marketing: 'marketing',
};

/**
 * Consent tools' own records of the visitor's choice, which the database lacks: keeping the
 * refusal is what makes it last, so they are necessary.
 */
const CONSENT_RECORDS: readonly (readonly [name: string, platform: string])[] = [
  ['consentry', 'Consentry'],
  ['cc_cookie', 'CookieConsent (orestbida)'],
  ['klaro', 'Klaro'],
  ['tarteaucitron', 'tarteaucitron'],
];

interface Database {
  categories: string[];
  platforms: string[];
  controllers: string[];
  retentions: string[];
  /** name, prefix (1) or exact (0), then indexes into the lists above. */
  entries: [string, 0 | 1, number, number, number, number][];
}

/** Looks names up in one loaded copy of the database. */
export interface CookieDatabase {
  classify(name: string): Classification;
}

/** Reads the compact database (data/open-cookie-database.json beside this module, or `file`). */
export function loadCookieDatabase(file: URL = new URL('./data/open-cookie-database.json', import.meta.url)): CookieDatabase {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Database;
  const exact = new Map<string, Database['entries'][number]>();
  const prefixes: Database['entries'] = [];
  for (const entry of data.entries) {
    // A prefix of one or two characters (`_s`, `CT`) would claim half the cookies on the web.
    if (entry[1] === 1 && entry[0].length > 2) prefixes.push(entry);
    else exact.set(entry[0], entry);
  }
  // The longest prefix is the most specific (`_ga_` over `_ga`).
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const fromEntry = ([name, , category, platform, controller, retention]: Database['entries'][number], byPrefix: boolean): Classification => ({
    ...(byPrefix ? { prefix: name } : {}),
    category: DATABASE_CATEGORIES[data.categories[category]!] ?? 'unknown',
    platform: data.platforms[platform]!,
    provider: data.controllers[controller]!,
    retention: data.retentions[retention]!,
    source: 'open-cookie-database',
  });
  return {
    classify(name) {
      const record = CONSENT_RECORDS.find(([recordName]) => recordName === name);
      if (record) return { category: 'necessary', platform: record[1], source: 'consent-tools' };
      const entry = exact.get(name);
      if (entry) return fromEntry(entry, false);
      const byPrefix = prefixes.find(([prefix]) => name.startsWith(prefix));
      return byPrefix ? fromEntry(byPrefix, true) : { category: 'unknown', source: 'none' };
    },
  };
}
