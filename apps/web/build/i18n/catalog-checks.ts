import { parse, type Token } from '@messageformat/parser';

// Checks that keep the languages' messages files in step (used by messages.test.ts; Node only, never
// bundled). Kept pure so each can be tested on small inputs.

export type Catalog = Readonly<Record<string, string>>;

/**
 * What a message needs from its caller and how it branches: `name`, `name:number`, `name:plural`,
 * `name:select(a|b|other)`. Plural categories are the language's own (Dutch and English have one and
 * other, Polish has more), so only selects must offer the same cases in every language.
 */
function requireOther(arg: string, cases: readonly { key: string }[]): void {
  if (!cases.some((c) => c.key === 'other')) throw new Error(`{${arg}} has no “other” case`);
}

export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'argument':
          found.add(token.arg);
          break;
        case 'function':
          found.add(`${token.arg}:${token.key}`);
          break;
        case 'plural':
        case 'selectordinal':
          requireOther(token.arg, token.cases);
          found.add(`${token.arg}:${token.type}`);
          for (const c of token.cases) visit(c.tokens);
          break;
        case 'select':
          requireOther(token.arg, token.cases);
          found.add(
            `${token.arg}:select(${token.cases
              .map((c) => c.key)
              .sort()
              .join('|')})`,
          );
          for (const c of token.cases) visit(c.tokens);
          break;
        default:
          break;
      }
    }
  };
  visit(parse(message));
  return [...found].sort();
}

export interface CatalogProblem {
  readonly key: string;
  readonly problem: string;
}

/** Keys missing on either side, messages that do not parse, and placeholders that differ. */
export function compareCatalogs(reference: Catalog, other: Catalog, otherName: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in other)) problems.push({ key, problem: `missing in ${otherName}` });
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference)) problems.push({ key, problem: `in ${otherName} but not in the reference` });
  }
  for (const [key, text] of Object.entries(other)) {
    const source = reference[key];
    if (source === undefined) continue;
    let mine: string[];
    let theirs: string[];
    try {
      mine = placeholdersOf(text);
      theirs = placeholdersOf(source);
    } catch (error) {
      problems.push({ key, problem: `does not parse: ${(error as Error).message}` });
      continue;
    }
    if (mine.join(',') !== theirs.join(',')) {
      problems.push({
        key,
        problem: `placeholders ${mine.join(', ')} in ${otherName}, ${theirs.join(', ')} in the reference`,
      });
    }
  }
  return problems;
}

/**
 * An ASCII apostrophe starts an escape in ICU MessageFormat ("don't {x}" would swallow the placeholder):
 * messages use the typographic one (’).
 */
export function asciiApostrophes(catalog: Catalog): string[] {
  return Object.entries(catalog)
    .filter(([, text]) => text.includes("'"))
    .map(([key]) => key);
}

const KEY_LITERAL = /(['"`])([a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9_-]+)+)\1/g;

/** Every string literal in `source` that looks like a message key (`'share.copy'`, `"phase.qa"`). */
export function keyLiterals(source: string): Set<string> {
  const found = new Set<string>();
  for (const match of source.matchAll(KEY_LITERAL)) found.add(match[2]!);
  return found;
}

const T_CALL = /\bt\(\s*(['"])([a-z][^'"]*)\1/g;

/** The keys passed literally to `t('…')` in `source`. */
export function translatedKeys(source: string): Set<string> {
  const found = new Set<string>();
  for (const match of source.matchAll(T_CALL)) found.add(match[2]!);
  return found;
}
