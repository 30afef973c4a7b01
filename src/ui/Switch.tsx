export interface SwitchProps {
  /** The category; the input's id derives from it. */
  name: string;
  label: string;
  description: string | undefined;
  /** A visible note beside the label, such as "Always on". */
  note?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  onChange?(checked: boolean): void;
}

/**
 * One category's switch: a native checkbox with role="switch" (SPEC §4), so Space toggles it, its
 * label is clickable and assistive technology announces "on" or "off"; the description is linked
 * with aria-describedby. The row's data-state (on | off | locked) is there for styling.
 */
export function Switch({ name, label, description, note, checked, disabled, onChange }: SwitchProps) {
  const id = `consentry-category-${name}`;
  return (
    <div class="category" part="category" data-state={disabled ? 'locked' : checked ? 'on' : 'off'}>
      <div class="category-head">
        <label for={id} part="category-label">
          {label}
        </label>
        {note && <span class="note">{note}</span>}
        <input
          id={id}
          class="switch"
          part="switch"
          type="checkbox"
          role="switch"
          checked={checked}
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
    </div>
  );
}
