// @vitest-environment node
// Pins the public surface of '@consentry/collector' (STYLE 2): adding or removing an export is a
// decision, made here on purpose.
import { expect, it } from 'vitest';
import * as collector from '../src/index';

it('exports exactly the collector API', () => {
  expect(Object.keys(collector).sort()).toEqual([
    'DEFAULT_RATE_LIMIT',
    'MAX_RECEIPT_BYTES',
    'SUBJECT_HISTORY_LIMIT',
    'canonicalJson',
    'createCollector',
    'createKeyFileSigner',
    'createPostgresStorage',
    'createSqliteStorage',
    'forwardedClient',
    'readConsoleFiles',
    'serveCollector',
    'signReceipt',
    'verifyReceiptSignature',
  ]);
});
