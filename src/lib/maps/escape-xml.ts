const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for use in XML/SVG element content and attribute values, and drops the control
 * characters XML 1.0 forbids (they would make the whole document unparseable).
 */
export function escapeXml(text: string): string {
  return (
    text
      // Matching control characters is the point here: XML 1.0 cannot represent them at all.
      // oxlint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch)
  );
}
