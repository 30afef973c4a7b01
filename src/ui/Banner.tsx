import type { RefCallback } from 'preact';
import type { InterfaceSettings } from './interface-settings';
import { openModal, showNonModal } from './top-layer';
import { PolicyText } from './PolicyText';

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
