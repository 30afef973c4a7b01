// Ref callbacks that put Consentry's layers in the browser's top layer, above everything the page
// draws: no z-index can cover them, and an ancestor's transform, filter or overflow cannot move or
// clip them. Module-level, so each ref stays the same function across renders and runs once per
// element. The prerendered banner opens its layer with the same functions, and when Preact takes
// that markup over (hydrate), the layer is already open: each leaves an open one as it is.

/**
 * Opens a <dialog> as a modal: the browser makes the page inert, contains focus in the dialog and
 * closes it on Escape. Removing it from the document closes it.
 */
export function openModal(dialog: HTMLDialogElement | null): void {
  if (dialog && !dialog.open) dialog.showModal();
}

/**
 * Shows a `popover="manual"` element: in the top layer, but the page stays usable and nothing
 * dismisses it but Consentry. Browsers without the Popover API (before Safari 17, Firefox 125)
 * ignore the attribute and keep the element's fixed position.
 */
export function openPopover(element: HTMLElement | null): void {
  if (element?.showPopover && !element.matches(':popover-open')) element.showPopover();
}

/**
 * Shows the non-modal banner; returns what undoes it but the showing itself (a ref callback:
 * Preact calls the returned cleanup when the element leaves).
 * WCAG 2.2 SC 2.4.11 (technique C43): the banner covers the bottom of the viewport, so while it
 * shows, the page's scroll padding reserves its height and focusing an element behind it scrolls
 * that element into the visible part; the cleanup restores the page's own value.
 */
export function showNonModal(banner: HTMLElement): () => void {
  openPopover(banner);
  const { style } = document.documentElement;
  const previous = style.scrollPaddingBottom;
  // The height ignores the entrance animation's translation; `bottom` is the box's gap to the edge;
  // 8 px more keep a focused element's focus ring clear of the banner too.
  const observer = new ResizeObserver(() => {
    const reserved = banner.getBoundingClientRect().height + parseFloat(getComputedStyle(banner).bottom) + 8;
    style.scrollPaddingBottom = `${reserved}px`;
  });
  observer.observe(banner);
  return () => {
    observer.disconnect();
    style.scrollPaddingBottom = previous;
  };
}
