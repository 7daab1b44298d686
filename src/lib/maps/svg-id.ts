/**
 * Derives a stable id prefix from a seed (usually the SVG title), so that several inline SVGs on
 * one page get distinct `id`s for their title, desc and patterns without the caller choosing them.
 */
export function svgIdPrefix(seed: string, base = 'rir'): string {
  // djb2: tiny, deterministic and good enough to separate a handful of charts on one page.
  let hash = 5381;
  for (let i = 0; i < seed.length; i += 1) {
    hash = ((hash * 33) ^ seed.charCodeAt(i)) >>> 0;
  }
  return `${base}-${hash.toString(36)}`;
}
