/** A bench knob from the environment: a positive integer, or `fallback` when unset; anything else throws. */
export function positiveInteger(
  source: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
  const value = source[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name}=${value}: expected a positive integer`);
  return parsed;
}
