// Shared by the gate-*.spec.ts files: what the demo pages' tagged scripts report.
import type { Page } from '@playwright/test';

/** What the tagged scripts on demo/gating.html and demo/gating-csp.html reported, in order. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { demoEvents: string[] }).demoEvents);
