import type { RefCallback } from 'preact';
import type { InterfaceSettings } from './interface-settings';
import { pickTexts, type Wording } from './language';
import { openModal, openPopover } from './top-layer';
import { PolicyText } from './PolicyText';

/** The texts the banner shows, exactly as rendered: what a banner decision's receipt records. */
export function bannerTexts(wording: Wording, policyUrl: string | null): Record<string, string> {
  const link = policyUrl ? ['policyLink'] : [];
  return pickTexts(wording, ['bannerTitle', 'bannerBody', ...link, 'rejectAll', 'acceptAll', 'managePreferences']);
}

export interface BannerProps {
  texts: Record<string, string>;
  policyUrl: string | null;
  position: InterfaceSettings['position'];
  /** Accept all (true) or Reject all (false). */
  onDecide(granted: boolean): void;
  onManage(): void;
  /** The centre modal was closed (Escape) without a choice. */
  onDismiss(): void;
}

/**
 * Shows the non-modal banner (a ref callback; Preact calls the returned cleanup when it leaves).
 * WCAG 2.2 SC 2.4.11 (technique C43): the banner covers the bottom of the viewport, so while it
 * shows, the page's scroll padding reserves its height and focusing an element behind it scrolls
 * that element into the visible part; the cleanup restores the page's own value.
 */
function showNonModal(banner: HTMLElement): () => void {
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

/**
 * The first layer (SPEC §4): title, text, policy link, and Reject all / Accept all / Manage
 * preferences. A bottom bar or bottom-left box is a labelled region that leaves the page usable; the
 * centre position is a modal dialog.
 */
export function Banner({ texts, policyUrl, position, onDecide, onManage, onDismiss }: BannerProps) {
  const layer = {
    class: 'banner',
    part: 'banner',
    'data-position': position,
    'aria-labelledby': 'consentry-banner-title',
  };
  const content = (
    <div class="banner-content">
      <div class="banner-text">
        <h2 id="consentry-banner-title" class="title" part="title">
          {texts.bannerTitle}
        </h2>
        <PolicyText text={texts.bannerBody} link={texts.policyLink} href={policyUrl} />
      </div>
      <div class="actions" part="actions">
        <button type="button" class="button" part="button reject" onClick={() => onDecide(false)}>
          {texts.rejectAll}
        </button>
        <button type="button" class="button" part="button accept" onClick={() => onDecide(true)}>
          {texts.acceptAll}
        </button>
        <button type="button" class="button secondary" part="button manage" onClick={onManage}>
          {texts.managePreferences}
        </button>
      </div>
    </div>
  );
  return position === 'center' ? (
    // Escape closes the modal; that records nothing (SPEC §3: only a positive act decides).
    <dialog {...layer} ref={openModal} onClose={onDismiss}>
      {content}
    </dialog>
  ) : (
    // Preact calls the cleanup that showNonModal returns, never the ref with null.
    <section {...layer} popover="manual" ref={showNonModal as RefCallback<HTMLElement>}>
      {content}
    </section>
  );
}
