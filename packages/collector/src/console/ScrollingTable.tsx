// A table wider than a narrow screen scrolls sideways in its own box. The box takes keyboard focus
// and has a name, so it can be scrolled without a pointer (WCAG 2.1.1; axe: scrollable-region-focusable).
import type { ComponentChildren } from 'preact';

export function ScrollingTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // A scrolling region takes focus so that keyboard users can scroll it (WCAG 2.1.1; axe's
    // scrollable-region-focusable), and is named as a region for screen readers.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    // biome-ignore lint/a11y/useSemanticElements: a <section> would be a landmark per table; this is a scroll box.
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
