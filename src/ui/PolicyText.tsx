/**
 * A paragraph of configurable text followed by the policy link, when there is one. Both are
 * rendered as text: configuration never reaches the page as HTML (SPEC §4), and the only link is
 * `policyUrl`, which the configuration accepts only as an http(s) URL or a path.
 */
export function PolicyText({ text, link, href }: { text: string | undefined; link: string | undefined; href: string | null }) {
  return (
    <p part="text">
      {text}{' '}
      {link && href && (
        <a href={href} part="link">
          {link}
        </a>
      )}
    </p>
  );
}
