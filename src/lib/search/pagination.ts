/** One item of a pagination bar: a page number or a gap ("…"). */
export type PageItem = number | 'gap';

/**
 * The pages to link: the first, the last, and up to `around` pages either side of the current one,
 * with a gap where pages are left out ("1 … 4 5 6 … 114"). A gap of exactly one page shows that page.
 */
export function pageItems(current: number, total: number, around = 1): PageItem[] {
  if (total <= 1) return [1];
  const shown = new Set<number>([1, total]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= total) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: PageItem[] = [];
  for (const [i, p] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) out.push('gap');
    out.push(p);
  }
  return out;
}
