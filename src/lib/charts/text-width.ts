/**
 * Rough rendered width of a text in px for layout (margins, label columns) without a font engine:
 * about 0.55 em per character for a sans-serif such as Fira Sans, more for wide letters. Errs on
 * the wide side so text is not clipped.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if ('mwMW@%'.includes(ch)) ems += 0.85;
    else if (/[A-Z]/.test(ch)) ems += 0.65;
    else if ('iljt.,:;|!\' '.includes(ch)) ems += 0.3;
    else ems += 0.55;
  }
  return ems * fontSize;
}

/** Shortens text with "…" until its estimated width fits; returns it unchanged if it already fits. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
