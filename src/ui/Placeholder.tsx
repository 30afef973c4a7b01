import type { Wording } from './language';

/** The texts a placeholder shows for `categories` (and services, SPEC §9), exactly as rendered (the list in the language). */
export function placeholderTexts(wording: Wording, categories: string[]): Record<string, string> {
  const labels = categories.map((name) => wording.texts[`category.${name}.label`] ?? wording.texts[`service.${name}.label`] ?? name);
  return {
    // A function, not a string: a label such as "Ads $& more" must appear as written, never
    // expanded as a replacement pattern ($&, $1, $$).
    placeholderText: wording.texts.placeholderText!.replace('{categories}', () => new Intl.ListFormat(wording.language, { type: 'conjunction' }).format(labels)),
    placeholderAllow: wording.texts.placeholderAllow!,
  };
}

export interface PlaceholderProps {
  texts: Record<string, string>;
  onAllow(): void;
}

/** What a blocked embed shows instead (SPEC §2): which categories it needs and a button to allow them. */
export function Placeholder({ texts, onAllow }: PlaceholderProps) {
  return (
    <div class="placeholder" part="placeholder">
      <p part="text">{texts.placeholderText}</p>
      <button type="button" class="button" part="button allow" onClick={onAllow}>
        {texts.placeholderAllow}
      </button>
    </div>
  );
}
