/**
 * An element as the build prerendered it (scripts/prerender-banner.tsx): its tag, attributes and
 * children, or a text. A `%name%` in a text or an attribute value stands for a value given when
 * the markup is built. A tree rather than an HTML string: building it calls no HTML parser, so no
 * text can become markup and a page that requires Trusted Types needs no policy for it.
 */
export type Markup = string | [tag: string, attributes: Record<string, string>, ...children: Markup[]];

/**
 * Builds prerendered `markup` (HTML elements only) into DOM nodes, each `%name%` replaced by
 * `values[name]`, or by nothing when it has none.
 *
 * @example
 * ```ts
 * buildMarkup(['h2', { lang: '%language%' }, '%bannerTitle%'], { language: 'de', bannerTitle: 'Cookies <b>' });
 * // <h2 lang="de">Cookies &lt;b&gt;</h2>
 * ```
 */
export function buildMarkup(markup: Markup, values: Record<string, string | null | undefined>): Node {
  const fill = (text: string) => text.replace(/%(\w+)%/g, (_, name: string) => values[name] ?? '');
  if (typeof markup === 'string') return document.createTextNode(fill(markup));
  const [tag, attributes, ...children] = markup;
  const element = document.createElement(tag);
  // Own attributes only: `for…in` would also list what a polluted Object.prototype lends every object.
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, fill(value));
  element.append(...children.map((child) => buildMarkup(child, values)));
  return element;
}
