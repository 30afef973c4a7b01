// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCookieDatabase } from '../src/cookie-database';

// A few rows in the database's own CSV layout: quoted commas, a wildcard row, a name listed twice.
const CSV = `ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match
1,Google Analytics,Analytics,_ga,,"ID used to identify users, across visits",2 Years,Google,https://example.org,0
2,Google Analytics,Analytics,_ga_,,"Used to persist session state",2 years,Google,https://example.org,1
3,Xandr,Functional,token,.adnxs.com,Fraud prevention,session,Xandr,,0
4,Adform,Marketing,token,,Ads,1 year,Adform,,0
`;

describe('scripts/open-cookie-database.mjs', () => {
  it('derives the compact table from the CSV and copies the licence beside it', () => {
    const source = mkdtempSync(join(tmpdir(), 'ocd-source-'));
    const out = mkdtempSync(join(tmpdir(), 'ocd-out-'));
    writeFileSync(join(source, 'open-cookie-database.csv'), CSV);
    writeFileSync(join(source, 'LICENSE'), 'Apache License 2.0 (test copy)');
    execFileSync(process.execPath, ['scripts/open-cookie-database.mjs', join(source, 'open-cookie-database.csv'), out]);

    expect(readFileSync(join(out, 'LICENSE'), 'utf8')).toBe('Apache License 2.0 (test copy)');
    const database = loadCookieDatabase(pathToFileURL(join(out, 'open-cookie-database.json')));
    expect(database.classify('_ga')).toEqual({ category: 'analytics', platform: 'Google Analytics', provider: 'Google', retention: '2 years', source: 'open-cookie-database' });
    expect(database.classify('_ga_ABC')).toMatchObject({ prefix: '_ga_', category: 'analytics' });
    // The generic row (no domain) wins over the ad server's own.
    expect(database.classify('token')).toMatchObject({ category: 'marketing', platform: 'Adform' });
  });
});
