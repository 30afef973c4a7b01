import { afterEach, describe, expect, test, vi } from 'vitest';
import { deleteCookies } from '../../../src/storage/cookies';
import { resetPage, start } from '../consent-harness';

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

afterEach(() => {
  // Uncovers the real document.cookie again, if fakeCookies hid it.
  delete (document as { cookie?: string }).cookie;
  resetPage();
  happyDOM.setURL('http://localhost:3000/');
});

/** Hides document.cookie behind a fake: reads give `jar`, writes are recorded and not applied. */
function fakeCookies(jar: string): string[] {
  const written: string[] = [];
  Object.defineProperty(document, 'cookie', { configurable: true, get: () => jar, set: (cookie: string) => written.push(cookie) });
  return written;
}

describe('deleteCookies', () => {
  test('expires each matching cookie host-only and on the host and every parent domain, path /', () => {
    happyDOM.setURL('http://www.shop.example/page');
    const written = fakeCookies('_ga=GA1.1; theme=dark; _ga_ABC=GS1.1');
    deleteCookies([/^_ga_/, '_ga'], 'consentry');
    const forName = (name: string) => [
      `${name}=; Path=/; Max-Age=-1; Domain=www.shop.example`,
      `${name}=; Path=/; Max-Age=-1; Domain=shop.example`,
      `${name}=; Path=/; Max-Age=-1; Domain=example`,
      `${name}=; Path=/; Max-Age=-1`,
    ];
    expect(written).toEqual([...forName('_ga'), ...forName('_ga_ABC')]);
  });

  test('matches names exactly, lets a /g pattern match every time, and never deletes the consent cookie', () => {
    const written = fakeCookies('_gat=1; x_ga=2; _hj1=3; _hj2=4; consentry=1.abc');
    deleteCookies(['_ga', /^_hj/g, /^consentry$/], 'consentry');
    expect(written.map((cookie) => cookie.split('=')[0])).toEqual(['_hj1', '_hj1', '_hj2', '_hj2']);
  });

  test('on https the expired cookie is Secure, so __Secure- and __Host- cookies can go too', () => {
    happyDOM.setURL('https://example.com/');
    const written = fakeCookies('__Host-sid=1');
    deleteCookies(['__Host-sid'], 'consentry');
    expect(written).toEqual(['__Host-sid=; Path=/; Max-Age=-1; Domain=example.com; Secure', '__Host-sid=; Path=/; Max-Age=-1; Domain=com; Secure', '__Host-sid=; Path=/; Max-Age=-1; Secure']);
  });
});

describe('withdrawal', () => {
  const config = {
    categories: { analytics: { cookies: ['_ga', '/^_ga_/'] }, functional: { cookies: ['prefs'] } },
  };
  const names = () => document.cookie.split('; ').map((cookie) => cookie.split('=')[0]);

  test('turning a category off deletes its cookies and keeps the others', () => {
    const consent = start(config);
    consent.acceptAll();
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_X1=2; Path=/';
    document.cookie = 'prefs=3; Path=/';
    document.cookie = 'other=4; Path=/';
    consent.set({ analytics: false });
    expect(names().sort()).toEqual(['consentry', 'other', 'prefs']);
    consent.withdraw();
    expect(names().sort()).toEqual(['consentry', 'other']);
  });

  test('a refused category leaves no cookie behind, even one set before the decision', () => {
    document.cookie = '_ga=1; Path=/';
    start(config).rejectAll();
    expect(names()).toEqual(['consentry']);
  });

  test('with reloadOnWithdraw the page reloads once per withdrawal, once its receipt is kept, and never for a grant or a first refusal', async () => {
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => {});
    const receipts: string[] = [];
    const consent = start({ ...config, reloadOnWithdraw: true });
    consent.on('receipt', ({ receipt }) => receipts.push(receipt.eventType));
    consent.rejectAll();
    consent.set({ analytics: true });
    consent.set({ analytics: false, functional: true });
    // The receipts module is still on its way: reloading now would lose the withdrawal's receipt.
    expect(reload).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    // Without an endpoint a receipt is kept once built; the decisions before it reloaded nothing.
    expect(receipts).toEqual(['refused', 'updated', 'updated']);
    consent.withdraw();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
    expect(receipts).toEqual(['refused', 'updated', 'updated', 'withdrawn']);
  });

  test('without reloadOnWithdraw the page never reloads', () => {
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => {});
    const consent = start(config);
    consent.acceptAll();
    consent.withdraw();
    expect(reload).not.toHaveBeenCalled();
  });
});
