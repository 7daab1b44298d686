/**
 * Moves label positions apart so no two are closer than `gap`, keeping them inside [min, max]
 * where possible and their order unchanged. Input order is preserved in the output.
 */
export function spreadLabels(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((position, index) => ({ position, index })).sort((a, b) => a.position - b.position);
  const placed = order.map(({ position }) => Math.min(max, Math.max(min, position)));
  // Push down past predecessors, then pull back up from the bottom edge if the stack overflowed.
  for (let i = 1; i < placed.length; i += 1) {
    placed[i] = Math.max(placed[i] as number, (placed[i - 1] as number) + gap);
  }
  const last = placed.length - 1;
  if (last >= 0 && (placed[last] as number) > max) {
    placed[last] = max;
    for (let i = last - 1; i >= 0; i -= 1) {
      placed[i] = Math.min(placed[i] as number, (placed[i + 1] as number) - gap);
    }
  }
  const result = Array.from({ length: positions.length }, () => 0);
  order.forEach(({ index }, rank) => {
    result[index] = placed[rank] as number;
  });
  return result;
}
