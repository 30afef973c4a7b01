// A table wider than a narrow screen scrolls sideways in its own box. The box takes keyboard focus
// and has a name, so it can be scrolled without a pointer (WCAG 2.1.1; axe: scrollable-region-focusable).
import type { ComponentChildren } from 'preact';

export function ScrollingTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
