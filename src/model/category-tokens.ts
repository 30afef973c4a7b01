// The grammar of the `data-category` attribute (SPEC §2), read by the gate, which activates tagged
// elements, and by the interface, whose placeholders offer to grant what an embed needs.

/**
 * The tokens of `data-category`: category names, `!name` meaning "when name is refused". Each
 * once, as written first: a repeated token means nothing more, and a placeholder must not offer
 * "Analytics and Analytics".
 */
export const tokensOf = (element: HTMLElement) => [...new Set(element.dataset.category!.trim().split(/\s+/))];

/** The categories a tagged element needs granted: what a placeholder over it can offer. */
export const grantableCategories = (element: HTMLElement) => tokensOf(element).filter((token) => token[0] !== '!');

