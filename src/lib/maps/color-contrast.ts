/** Parses "#rgb" or "#rrggbb" into 0–255 channels; throws on anything else. */
export function parseHexColor(color: string): [number, number, number] {
  const match = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (match === null) throw new RangeError(`Not a hex colour: ${color}`);
  const digits = color.length === 4 ? color.slice(1).replace(/./g, (digit) => digit + digit) : color.slice(1);
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance (0 = black, 1 = white) of a hex colour. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHexColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two hex colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Picks black or white text for a fill, whichever contrasts more. For every colour the better of the
 * two reaches at least 4.58:1, so the pick always meets WCAG AA for normal text.
 */
export function pickTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** CIELAB (D65) coordinates [L*, a*, b*] of a hex colour; L* runs from 0 (black) to 100 (white). */
export function cielab(color: string): [number, number, number] {
  const [r, g, b] = parseHexColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/**
 * CIE76 colour difference ΔE*ab between two hex colours. About 2.3 is "just noticeable"; map classes that
 * must be told apart at a glance (also by people with weaker colour vision) need far more.
 */
export function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = cielab(a);
  const [l2, a2, b2] = cielab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
