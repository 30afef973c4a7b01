// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { launchOptions } from '../src/browser';

describe('starting Chromium for hostile sites', () => {
  it("keeps Chromium's sandbox on unless the scanner runs as root, where it cannot start", () => {
    const asUser = launchOptions('/usr/bin/chromium', false);
    expect(asUser.chromiumSandbox).toBe(true);
    expect(asUser.args).not.toContain('--no-sandbox');
    expect(launchOptions('/usr/bin/chromium', true).chromiumSandbox).toBe(false);
  });

  it('keeps the popup blocker Playwright turns off', () => {
    expect(launchOptions('/usr/bin/chromium', false).ignoreDefaultArgs).toContain('--disable-popup-blocking');
  });
});
