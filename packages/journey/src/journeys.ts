import * as Y from 'yjs';
import { collection, readFields } from './doc';
import { newId } from './ids';
import {
  everything,
  insertEntity,
  patchEntity,
  reposition,
  requireEntity,
  siblings,
  transact,
} from './mutate';
import { compareOrdered } from './order';
import { removeStepAndDependents } from './steps';
import type { Journey, Origin } from './types';

export interface JourneyInput {
  readonly name: string;
  readonly kind?: Journey['kind'];
  readonly id?: string;
  readonly index?: number;
}

export type JourneyPatch = Partial<Pick<Journey, 'name' | 'kind'>>;

export function addJourney(doc: Y.Doc, input: JourneyInput, origin: Origin): Journey {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    return insertEntity(
      doc,
      'journey',
      { ...fields, id: fields.id ?? newId('journey-') },
      { siblings: siblings(doc, 'journey', everything), index },
    );
  });
}

export function updateJourney(doc: Y.Doc, id: string, patch: JourneyPatch, origin: Origin): Journey {
  return transact(doc, origin, () => patchEntity(doc, 'journey', id, patch));
}

export function moveJourney(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () =>
    reposition(doc, 'journey', id, siblings(doc, 'journey', everything, id), index),
  );
}

/** Deletes the journey with its stages and steps (and their notes and ratings). */
export function deleteJourney(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'journey').has(id)) return false;
    for (const [stepId, step] of [...collection(doc, 'step').entries()]) {
      if (step instanceof Y.Map && step.get('journeyId') === id) removeStepAndDependents(doc, stepId);
    }
    const stages = collection(doc, 'stage');
    for (const [stageId, stage] of [...stages.entries()]) {
      if (stage instanceof Y.Map && stage.get('journeyId') === id) stages.delete(stageId);
    }
    collection(doc, 'journey').delete(id);
    return true;
  });
}

export interface ForkOptions {
  readonly name?: string;
  readonly id?: string;
  /** Copy the steps' sticky notes too (default true). Ratings are never copied: they rate the source. */
  readonly copyNotes?: boolean;
  /** Makes copied ids predictable (tests, templates); defaults to random ids. */
  readonly makeId?: (prefix: string) => string;
}

/**
 * Copies a journey (stages, steps, notes) into a new future-state journey. Each copy records what it
 * was copied from, so `compareJourneys` can match steps even after they are renamed.
 */
export function forkJourney(
  doc: Y.Doc,
  sourceId: string,
  origin: Origin,
  options: ForkOptions = {},
): Journey {
  return transact(doc, origin, () => {
    const source = requireEntity(doc, 'journey', sourceId);
    const makeId = options.makeId ?? newId;
    const journey = insertEntity(
      doc,
      'journey',
      {
        id: options.id ?? makeId('journey-'),
        name: options.name ?? `${String(source.get('name') ?? 'Journey')} (future)`,
        kind: 'future',
        forkedFromId: sourceId,
      },
      { siblings: siblings(doc, 'journey', everything), index: undefined },
    );
    const stageIds = new Map<string, string>();
    for (const [stageId, stage] of [...collection(doc, 'stage').entries()]) {
      if (!(stage instanceof Y.Map) || stage.get('journeyId') !== sourceId) continue;
      const copy = insertEntity(doc, 'stage', {
        ...readFields(stage),
        id: makeId('stage-'),
        journeyId: journey.id,
        originStageId: stageId,
      });
      stageIds.set(stageId, copy.id);
    }
    const stepIds = new Map<string, string>();
    for (const [stepId, step] of [...collection(doc, 'step').entries()]) {
      if (!(step instanceof Y.Map) || step.get('journeyId') !== sourceId) continue;
      const stageId = step.get('stageId');
      const copy = insertEntity(doc, 'step', {
        ...readFields(step),
        id: makeId('step-'),
        journeyId: journey.id,
        stageId: typeof stageId === 'string' ? (stageIds.get(stageId) ?? null) : null,
        originStepId: stepId,
      });
      stepIds.set(stepId, copy.id);
    }
    if (options.copyNotes ?? true) {
      const notes = [...collection(doc, 'note').entries()]
        .filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map)
        .map(([noteId, note]) => ({ id: noteId, order: String(note.get('order')), note }))
        .sort(compareOrdered);
      for (const { note } of notes) {
        const stepId = stepIds.get(String(note.get('stepId')));
        if (stepId) insertEntity(doc, 'note', { ...readFields(note), id: makeId('note-'), stepId });
      }
    }
    return journey;
  });
}
