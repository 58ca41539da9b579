/**
 * The name a new future state gets: the reader's word for it ("Future state", "Gewenste situatie"), with
 * a number when the board already has a journey of that name ("Future state 2"), so the workshop's lists
 * can tell the forks apart. Content from then on, like every name the UI chooses (`newContentName`).
 */
export function forkName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.trim()));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}
