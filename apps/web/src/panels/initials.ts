/**
 * The one or two letters on someone's avatar: the first letter or digit of their first two words, so
 * "Fenna (facilitator)" is FF and "Jan-Willem de Vries" JD, never "F(" from a bracket, half an emoji,
 * or nothing for a name of punctuation alone (then "?").
 */
export function initialsOf(name: string): string {
  const letters: string[] = [];
  for (const word of name.split(/\s+/)) {
    const first = FIRST_LETTER.exec(word)?.[0];
    // Upper-cased one by one, and only its first letter kept: some letters become two ("ß" → "SS",
    // "ᾀ" → "ἈΙ").
    if (first) letters.push(FIRST_LETTER.exec(first.toLocaleUpperCase())?.[0] ?? first);
    if (letters.length === 2) break;
  }
  return letters.length > 0 ? letters.join('') : '?';
}

/** A letter (with any accent that follows it as a combining mark) or a digit. */
const FIRST_LETTER = /\p{L}\p{M}*|\p{N}/u;
