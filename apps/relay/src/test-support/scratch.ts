import * as Y from 'yjs';

/**
 * Edits any editor may make, for tests that need some content through the relay: each key is a step
 * (`<prefix>-<key>`) whose title holds the value as JSON. Steps are what participants add in a
 * workshop, so these pass the relay's judge as a participant's or the facilitator's.
 */

const steps = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('steps');
const idOf = (key: string, prefix: string) => `${prefix}-${key}`;

export function scratchSet(doc: Y.Doc, key: string, value: unknown, prefix = 'scratch'): void {
  const id = idOf(key, prefix);
  const existing = steps(doc).get(id);
  if (existing instanceof Y.Map) {
    existing.set('title', JSON.stringify(value));
    return;
  }
  const step = new Y.Map<unknown>();
  step.set('journeyId', 'journey-current');
  step.set('order', 'a0');
  step.set('title', JSON.stringify(value));
  steps(doc).set(id, step);
}

export function scratchGet(doc: Y.Doc, key: string, prefix = 'scratch'): unknown {
  const title = steps(doc).get(idOf(key, prefix))?.get('title');
  return typeof title === 'string' ? JSON.parse(title) : undefined;
}

export function scratchHas(doc: Y.Doc, key: string, prefix = 'scratch'): boolean {
  return steps(doc).has(idOf(key, prefix));
}

export function scratchKeys(doc: Y.Doc, prefix = 'scratch'): string[] {
  return [...steps(doc).keys()]
    .filter((id) => id.startsWith(`${prefix}-`))
    .map((id) => id.slice(prefix.length + 1));
}

export function scratchSize(doc: Y.Doc, prefix = 'scratch'): number {
  return scratchKeys(doc, prefix).length;
}

export function scratchJSON(doc: Y.Doc, prefix = 'scratch'): Record<string, unknown> {
  return Object.fromEntries(scratchKeys(doc, prefix).map((key) => [key, scratchGet(doc, key, prefix)]));
}

/** A valid Yjs update, from a fresh document, that writes one scratch key. */
export function scratchUpdate(key: string, value: unknown, prefix = 'scratch'): Uint8Array {
  const doc = new Y.Doc();
  scratchSet(doc, key, value, prefix);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

let pushed = 0;

/** Adds a value to a list any editor may add to (steps keyed by client and a counter, read back sorted). */
export function pushItem(doc: Y.Doc, value: unknown, list = 'item'): void {
  scratchSet(doc, `${doc.clientID}-${String(pushed++).padStart(8, '0')}`, value, list);
}

/** The list's values, in an order every client agrees on. */
export function itemValues(doc: Y.Doc, list = 'item'): unknown[] {
  return scratchKeys(doc, list)
    .sort()
    .map((key) => scratchGet(doc, key, list));
}
