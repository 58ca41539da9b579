import { type Note, type Opportunity, observeCollection, readCollection } from '@journeyboard/journey';
import type * as Y from 'yjs';

export interface OpportunityLinks {
  /** Opportunities linked to each step, directly or through one of its notes. */
  readonly byStep: ReadonlyMap<string, number>;
  /** Opportunities linked to each note. */
  readonly byNote: ReadonlyMap<string, number>;
}

/** How many opportunities point at each step and note (what the canvas badges show). */
export function opportunityLinks(
  opportunities: readonly Opportunity[],
  notes: readonly Pick<Note, 'id' | 'stepId'>[],
): OpportunityLinks {
  const noteStep = new Map(notes.map((n) => [n.id, n.stepId]));
  const byStep = new Map<string, number>();
  const byNote = new Map<string, number>();
  for (const o of opportunities) {
    const steps = new Set(o.stepIds);
    for (const noteId of o.noteIds) {
      if (!noteStep.has(noteId)) continue;
      byNote.set(noteId, (byNote.get(noteId) ?? 0) + 1);
      steps.add(noteStep.get(noteId)!);
    }
    for (const stepId of steps) byStep.set(stepId, (byStep.get(stepId) ?? 0) + 1);
  }
  return { byStep, byNote };
}

export interface OpportunityLinksStore {
  getLinks(): OpportunityLinks;
  subscribe(listener: () => void): () => void;
}

const stores = new WeakMap<Y.Doc, OpportunityLinksStore>();

/**
 * One shared store per content document: the links are computed once per change of the opportunities or
 * notes, however many cards and notes read them.
 */
export function opportunityLinksFor(doc: Y.Doc): OpportunityLinksStore {
  const existing = stores.get(doc);
  if (existing) return existing;
  let opportunities = readCollection(doc, 'opportunity');
  let notes: readonly Pick<Note, 'id' | 'stepId'>[] = readCollection(doc, 'note');
  let links = opportunityLinks(opportunities, notes);
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  const recompute = () => {
    links = opportunityLinks(opportunities, notes);
    for (const listener of listeners) listener();
  };
  const store: OpportunityLinksStore = {
    getLinks: () => links,
    subscribe(listener) {
      listeners.add(listener);
      if (!stop) {
        const stops = [
          observeCollection(doc, 'opportunity', (items) => {
            opportunities = items;
            recompute();
          }),
          observeCollection(doc, 'note', (items) => {
            notes = items;
            recompute();
          }),
        ];
        opportunities = readCollection(doc, 'opportunity');
        notes = readCollection(doc, 'note');
        links = opportunityLinks(opportunities, notes);
        stop = () => {
          for (const s of stops) s();
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
  };
  stores.set(doc, store);
  return store;
}
