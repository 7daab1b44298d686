import sanitizeHtml from 'sanitize-html';

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
    transformTags: { h1: 'h3', h2: 'h3', b: 'strong', i: 'em', a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }) },
  }).trim();
}
