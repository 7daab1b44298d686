import sanitizeHtml from 'sanitize-html';

/** Link targets a vacancy text may keep. */
const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;

/**
 * Cleans vacancy HTML from publishers: a small allowlist of text structure, links only to http(s)
 * and mailto, no attributes that can run script or style. Everything else is dropped, so a vacancy
 * text can never run script on our pages.
 */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'h3', 'h4', 'a', 'blockquote'],
    // rel must be allowed, or the rel that transformTags adds below is stripped again.
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      h1: 'h3', h2: 'h3', b: 'strong', i: 'em',
      // A link keeps only a safe target; one without (javascript:, none) becomes its text, not an <a rel> to nowhere.
      a: (_tag, attribs): sanitizeHtml.Tag => {
        const href = attribs.href ?? '';
        return SAFE_HREF.test(href) ? { tagName: 'a', attribs: { href, rel: 'nofollow noopener' } } : { tagName: 'span', attribs: {} };
      },
    },
  }).trim();
}
