import { parseAst } from 'rolldown/parseAst';

// Finds user-visible text written straight into JSX, in the folders already on the i18n layer (see
// CHECKED_FOLDERS in hard-coded-strings.test.ts): text between tags, string literals as children, and
// string values of the attributes people read or hear. Parses the source with the bundler's own parser
// (Oxc, through Rolldown), so code, types and comments are never mistaken for text. Node only.

/** Attributes whose value is shown or read out (and our own components' props that carry such text). */
export const USER_VISIBLE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'message',
  'intro',
  'submitLabel',
  'what',
]);

export interface HardCodedString {
  readonly line: number;
  readonly text: string;
}

/** Text with a word in it (punctuation, symbols such as × or ✎, and numbers alone are not words). */
const WORDS = /\p{L}{2,}/u;

type Node = { type: string; start: number; [field: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/**
 * The strings an expression can evaluate to as written: "x", `x ${y}` (its literal parts), both branches
 * of `a ? "x" : "y"`, the fallback of `a || "x"`. Comparisons and call arguments (`t('key')`) are not text.
 */
function literalTexts(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node.value] : [];
    case 'JSXExpressionContainer':
      return literalTexts(node.expression);
    case 'TemplateLiteral':
      return [(node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join(' ')];
    case 'ConditionalExpression':
      return [...literalTexts(node.consequent), ...literalTexts(node.alternate)];
    case 'LogicalExpression':
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    case 'ParenthesizedExpression':
      return literalTexts(node.expression);
    default:
      return [];
  }
}

function attributeName(node: Node): string {
  const name = node.name as Node;
  return typeof name.name === 'string' ? name.name : '';
}

export function findHardCodedStrings(source: string, file = 'component.tsx'): HardCodedString[] {
  const found: HardCodedString[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const report = (node: Node, text: string) => {
    if (WORDS.test(text)) found.push({ line: lineOf(node.start), text: text.trim() });
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'JSXText') report(value, String(value.value));
    else if (value.type === 'JSXAttribute') {
      const name = attributeName(value);
      if (USER_VISIBLE_ATTRIBUTES.has(name)) {
        for (const text of literalTexts(value.value)) {
          if (WORDS.test(text)) found.push({ line: lineOf(value.start), text: `${name}="${text.trim()}"` });
        }
      }
      // Other attributes (className, key, type, …) are not text; their JSX values still are visited.
      if (!isNode(value.value) || value.value.type !== 'JSXExpressionContainer') return;
      visit((value.value as Node).expression);
      return;
    } else if (value.type === 'JSXExpressionContainer') {
      for (const text of literalTexts(value.expression)) report(value, text);
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'type' && typeof child === 'object') visit(child);
    }
  };
  visit(parseAst(source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }).body);
  return found;
}
