import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  /** The category or service; the input's id derives from it (one namespace, SPEC §9). */
  name: string;
  label: string;
  description: string | undefined;
  /** A visible note beside the label, such as "Always on". */
  note?: string | undefined;
  checked: boolean;
  /** Some of the category's services granted and some refused (SPEC §9). */
  mixed?: boolean;
  disabled?: boolean;
  onChange?(checked: boolean): void;
  /** What follows the row's head inside it: a category's services and cookies. */
  children?: ComponentChildren;
}

/**
 * One category's or service's switch: a native checkbox with role="switch" (SPEC §4), so Space
 * toggles it, its label is clickable and assistive technology announces "on" or "off"; the
 * description is linked with aria-describedby. A category whose services are partly refused is
 * `mixed` (SPEC §9): a switch has no third state, so it is then a plain checkbox, indeterminate,
 * which assistive technology announces as "mixed" (and turning it on grants every service). The
 * row's data-state (on | off | mixed | locked) is there for styling.
 */
export function Switch({ name, label, description, note, checked, mixed, disabled, onChange, children }: SwitchProps) {
  const id = `consentry-category-${name}`;
  return (
    <div class="category" part="category" data-state={disabled ? 'locked' : mixed ? 'mixed' : checked ? 'on' : 'off'}>
      <div class="category-head">
        <label id={`${id}-label`} for={id} part="category-label">
          {label}
        </label>
        {note && <span class="note">{note}</span>}
        <input
          id={id}
          class="switch"
          part="switch"
          type="checkbox"
          role={mixed ? undefined : 'switch'}
          checked={checked && !mixed}
          indeterminate={mixed === true}
          disabled={disabled}
          aria-describedby={description ? `${id}-description` : undefined}
          onChange={(event) => onChange?.(event.currentTarget.checked)}
        />
      </div>
      {description && (
        <p id={`${id}-description`} class="description" part="category-description">
          {description}
        </p>
      )}
      {children}
    </div>
  );
}
