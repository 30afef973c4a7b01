// What the scanner writes to a terminal or a file carries the scanned site's bytes: cookie and
// storage names, button labels, URLs, error messages. A hostile site can put escape sequences in
// them (set the terminal's title, clear the screen, hide what follows) or a line break that starts
// a CI workflow command (`::add-mask::…`). So control characters, and the bidirectional overrides
// that reorder what a reader sees, are written as escapes, never as themselves.

const UNPRINTABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One line of text as a terminal may show it: every control character escaped (`\n`, `\u001B`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? unicodeEscape(char));
}

/**
 * `value` as indented JSON with no control character left raw. JSON.stringify escapes those below
 * U+0020 already; the rest (DEL, the C1 controls, the overrides) can only stand inside strings,
 * where `\uXXXX` reads back as the same character.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, unicodeEscape);
}
