/** A satori element, written without JSX: h('div', { style }, ...children). */
export interface SatoriNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (SatoriNode | string)[] | SatoriNode | string };
}

/** Builds a satori element. */
export function h(type: string, style: Record<string, string | number>, ...children: (SatoriNode | string | null | false)[]): SatoriNode {
  const kids = children.filter((c): c is SatoriNode | string => c !== null && c !== false);
  return { type, props: { style, children: kids.length === 1 ? kids[0] : kids } };
}
