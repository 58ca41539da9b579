import { type DocName, declarationsOf } from '@journeyboard/journey';
import type { DocumentRules } from './update-judge';

const cache = new Map<DocName, DocumentRules>();

/** The judge's view of a document's declarations (built once per document name). */
export function documentRules(doc: DocName): DocumentRules {
  let rules = cache.get(doc);
  if (!rules) {
    const byRoot = declarationsOf(doc);
    rules = { byRoot, shapes: new Map([...byRoot].map(([root, declaration]) => [root, declaration.shape])) };
    cache.set(doc, rules);
  }
  return rules;
}
