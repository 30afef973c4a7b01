// The grammar of the `data-category` and `data-service` attributes (SPEC §2, §9), read by the gate,
// which activates tagged elements, and by the interface, whose placeholders offer to grant what an
// embed needs.

/**
 * The tokens of `data-category` and `data-service` together: category and service names (one
 * namespace, SPEC §9), `!name` meaning "when name is refused". A `data-service` tag's category is
 * implied: its service is granted only within it. Each once, as written first: a repeated token
 * means nothing more, and a placeholder must not offer "Analytics and Analytics".
 */
export const tokensOf = (element: HTMLElement) => [...new Set(`${element.dataset.category ?? ''} ${element.dataset.service ?? ''}`.trim().split(/\s+/))];

/** The categories and services a tagged element needs granted: what a placeholder over it can offer. */
export const grantableCategories = (element: HTMLElement) => tokensOf(element).filter((token) => token[0] !== '!');
