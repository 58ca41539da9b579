// Goals and frustrations are edited as one item per line.

export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}
