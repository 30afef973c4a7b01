import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeChoiceCookie } from '../../../src/model/grammar';
import { createChoiceStore } from '../../../src/storage/cookies';
import { encodeChoice, type StoredChoice } from '../../../src/storage/cookie-codec';

const choice: StoredChoice = {
  subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  lastReceiptId: null,
  decidedAt: 1_767_225_600_000,
  method: 'api',
  categories: { analytics: true },
  revision: '1',
};

afterEach(() => {
  vi.restoreAllMocks();
  document.cookie = 'consentry=; Max-Age=-1; Path=/';
  document.cookie = 'other=; Max-Age=-1; Path=/';
});

describe('the choice cookie', () => {
  test('writes with Path=/, SameSite=Lax, Max-Age from the days, the Domain when set, and reads it back', () => {
    const writes: string[] = [];
    let proto: object | null = document;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto);
    const descriptor = Object.getOwnPropertyDescriptor(proto!, 'cookie')!;
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => {
      writes.push(value);
      descriptor.set!.call(document, value.replace('; Domain=.example.com', ''));
    });
    const store = createChoiceStore({ name: 'consentry', domain: '.example.com', maxAgeDays: 10 });
    store.write(choice);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^consentry=2\.[0-9a-f]{32}\./);
    expect(writes[0]).toContain('; Path=/; Max-Age=864000; SameSite=Lax; Domain=.example.com');
    expect(writes[0]).not.toContain('Secure');
    expect(store.read()).toEqual(choice);
  });

  test('finds its cookie among others and ignores a cookie whose name merely starts the same', () => {
    document.cookie = 'consentry_old=junk; Path=/';
    document.cookie = 'other=1; Path=/';
    const store = createChoiceStore({ name: 'consentry', domain: null, maxAgeDays: 1 });
    expect(store.read()).toBeNull();
    store.write(choice);
    expect(store.read()).toEqual(choice);
    document.cookie = 'consentry_old=; Max-Age=-1; Path=/';
  });

  test('a configured name keeps choices apart', () => {
    createChoiceStore({ name: 'a', domain: null, maxAgeDays: 1 }).write(choice);
    expect(createChoiceStore({ name: 'b', domain: null, maxAgeDays: 1 }).read()).toBeNull();
    expect(createChoiceStore({ name: 'a', domain: null, maxAgeDays: 1 }).read()).toEqual(choice);
    document.cookie = 'a=; Max-Age=-1; Path=/';
  });

  test('cookies that throw (disabled, sandboxed) read as no decision and writes are dropped', () => {
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = createChoiceStore({ name: 'consentry', domain: null, maxAgeDays: 1 });
    expect(store.read()).toBeNull();
    expect(() => store.write(choice)).not.toThrow();
  });

  describe('several cookies of the same name (one set on a longer Path)', () => {
    const store = createChoiceStore({ name: 'consentry', domain: null, maxAgeDays: 1 });
    const other = { ...choice, subjectId: '9b2f3c1e-4d5a-4b6c-8d7e-1f2a3b4c5d6e', categories: { analytics: false } };
    // happy-dom lists cookies in the order set; a browser lists the longest Path first (RFC 6265
    // §5.4), so the page's cookie string is given as a browser on /shop/cart would give it.
    const visible = (...values: string[]) => vi.spyOn(document, 'cookie', 'get').mockReturnValue(['other=1', ...values.map((value) => `consentry=${value}`)].join('; '));

    test('reads the one at the most specific path (listed first), whichever was set first', () => {
      const [specific, root] = [encodeChoice(other), encodeChoice(choice)];
      visible(specific, root);
      expect(store.read()).toEqual(other);
      visible(root, specific);
      expect(store.read()).toEqual(choice);
    });

    test('a malformed one at a more specific path does not hide a well-formed one below it', () => {
      const root = encodeChoice(choice);
      for (const junk of ['', 'junk', '1.' + root.slice(2, -1)]) {
        visible(junk, root);
        expect(store.read(), junk).toEqual(choice);
      }
    });
  });
});

describe('describeChoiceCookie, for a collector that sets the cookie again (SPEC §6, Safari)', () => {
  test('names the cookie and the attributes the configuration decides, as the store writes them', () => {
    expect(describeChoiceCookie({ name: 'consentry', domain: null, maxAgeDays: 180 })).toBe('consentry; Max-Age=15552000');
    expect(describeChoiceCookie({ name: 'site_choice', domain: '.example.com', maxAgeDays: 10 })).toBe('site_choice; Max-Age=864000; Domain=.example.com');
  });
});
