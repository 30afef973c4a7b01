// Ref callbacks that put Consentry's layers in the browser's top layer, above everything the page
// draws: no z-index can cover them, and an ancestor's transform, filter or overflow cannot move or
// clip them. Module-level, so each ref stays the same function across renders and runs once per
// element; Preact calls it with null when the element leaves.

/**
 * Opens a <dialog> as a modal: the browser makes the page inert, contains focus in the dialog and
 * closes it on Escape. Removing it from the document closes it.
 */
export function openModal(dialog: HTMLDialogElement | null): void {
  dialog?.showModal();
}

/**
 * Shows a `popover="manual"` element: in the top layer, but the page stays usable and nothing
 * dismisses it but Consentry. Browsers without the Popover API (before Safari 17, Firefox 125)
 * ignore the attribute and keep the element's fixed position.
 */
export function openPopover(element: HTMLElement | null): void {
  element?.showPopover?.();
}
