/** Deepest JSON the control API accepts (levels of arrays and objects): a fault needs about five. */
export const MAX_NESTING = 32;

/**
 * Whether `value` (parsed JSON) nests deeper than `max` levels; walks without recursion, so any depth is safe.
 * @example nestingExceeds([[[1]]], 2) // true
 */
export function nestingExceeds(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const inner of Object.values(current)) stack.push({ value: inner, depth: depth + 1 });
  }
  return false;
}
