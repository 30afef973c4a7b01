// @vitest-environment node
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// STYLE 7: every function the browser entries export, and every member of the
// instance they return, carries TSDoc with an @example, which editors show on hover.
const program = ts.createProgram(['src/index.ts', 'src/core.ts', 'src/react.ts'], { strict: true, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' });
const checker = program.getTypeChecker();

function hasExample(symbol: ts.Symbol): boolean {
  return symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
}

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(file)!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
}

describe('TSDoc examples', () => {
  for (const file of ['src/index.ts', 'src/core.ts', 'src/react.ts']) {
    test(`every function ${file} exports has an @example`, () => {
      const functions = exportsOf(file).filter((symbol) => symbol.flags & ts.SymbolFlags.Function);
      expect(functions.length).toBeGreaterThan(0);
      expect(functions.filter((symbol) => !hasExample(symbol)).map((symbol) => symbol.name)).toEqual([]);
    });
  }

  test('every member of Consent (and Consent itself) has an @example', () => {
    const consent = exportsOf('src/index.ts').find((symbol) => symbol.name === 'Consent')!;
    const members = [...consent.members!.values()].filter((member) => member.flags & (ts.SymbolFlags.Property | ts.SymbolFlags.Method));
    expect(members.map((member) => member.name)).toContain('showPreferences');
    expect([consent, ...members].filter((symbol) => !hasExample(symbol)).map((symbol) => symbol.name)).toEqual([]);
  });
});
