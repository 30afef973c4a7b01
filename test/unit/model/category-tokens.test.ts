import { describe, expect, test } from 'vitest';
import { grantableCategories, tokensOf } from '../../../src/model/category-tokens';

function withCategory(category: string): HTMLElement {
  const element = document.createElement('iframe');
  element.setAttribute('data-category', category);
  return element;
}

describe('data-category tokens', () => {
  test('are split on any whitespace, each named once in the order first written', () => {
    expect(tokensOf(withCategory('  analytics\tfunctional analytics\n!ads functional !ads '))).toEqual(['analytics', 'functional', '!ads']);
  });

  test('a placeholder offers each category once, however often it is repeated', () => {
    expect(grantableCategories(withCategory('analytics analytics !ads analytics'))).toEqual(['analytics']);
  });
});
