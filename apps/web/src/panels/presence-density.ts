/**
 * How many other people the header names beside their avatars. A workshop of eight would otherwise
 * push the board's title and the language picker out of the header; past this many, the others are
 * avatars (each still says its name and role on hover and to screen readers) and we keep our own name.
 */
export const NAMED_OTHERS = 3;

/** Whether the others in the header show their names, or only their avatars. */
export function othersNamed(others: number): boolean {
  return others <= NAMED_OTHERS;
}
