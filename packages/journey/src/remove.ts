import * as Y from 'yjs';
import {
  type CascadeSource,
  type FieldReader,
  planRemoval,
  type RemovalPlan,
  type RemovalTarget,
} from './domain/cascade';
import { ENTITY_DECLARATIONS } from './domain/entities';
import type { DeclaredKind } from './domain/entity-declaration';

/**
 * Removals in a document, by the cascade its kinds declare (domain/cascade.ts): the one way the model
 * deletes anything that others link to. Used inside the caller's transaction.
 */

function rootOf(doc: Y.Doc, kind: DeclaredKind): Y.Map<unknown> {
  return doc.getMap(ENTITY_DECLARATIONS[kind].root);
}

/** The document's entries as the cascade reads them. */
export function docCascadeSource(doc: Y.Doc): CascadeSource {
  return {
    *entries(kind) {
      const root = rootOf(doc, kind);
      if (ENTITY_DECLARATIONS[kind].shape === 'singleton') {
        yield ['', (field: string) => root.get(field)] as const;
        return;
      }
      for (const [id, value] of root.entries()) {
        if (!(value instanceof Y.Map)) continue;
        const read: FieldReader = (field) => value.get(field);
        yield [id, read] as const;
      }
    },
  };
}

function entryMap(doc: Y.Doc, kind: DeclaredKind, id: string): Y.Map<unknown> | undefined {
  const root = rootOf(doc, kind);
  if (ENTITY_DECLARATIONS[kind].shape === 'singleton') return root;
  const value = root.get(id);
  return value instanceof Y.Map ? value : undefined;
}

/** Carries out a plan (inside a transaction). */
export function applyRemoval(doc: Y.Doc, plan: RemovalPlan): void {
  for (const change of plan.nullified) entryMap(doc, change.kind, change.id)?.set(change.field, null);
  for (const change of plan.unlinked)
    entryMap(doc, change.kind, change.id)?.set(change.field, [...change.remaining]);
  for (const [kind, ids] of plan.deleted) {
    const root = rootOf(doc, kind);
    for (const id of ids) root.delete(id);
  }
}

/** Removes the targets and what their kinds' links say goes with them (inside a transaction). */
export function removeCascading(doc: Y.Doc, targets: readonly RemovalTarget[]): RemovalPlan {
  const plan = planRemoval(targets, docCascadeSource(doc));
  applyRemoval(doc, plan);
  return plan;
}
