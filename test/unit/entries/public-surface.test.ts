import { expect, test } from 'vitest';

// STYLE 2: the public surface is one explicit list per entry; this pins it, so adding or removing
// an export is a deliberate change to this test.
test('consentry exports exactly createConsent', async () => {
  expect(Object.keys(await import('../../../src/index')).sort()).toEqual(['createConsent']);
});

test('consentry/core exports exactly createConsent', async () => {
  expect(Object.keys(await import('../../../src/core')).sort()).toEqual(['createConsent']);
});

test('consentry/react exports exactly useConsent', async () => {
  expect(Object.keys(await import('../../../src/react')).sort()).toEqual(['useConsent']);
});
