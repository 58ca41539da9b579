import type * as Y from 'yjs';
import { collection } from './doc';
import { JourneyError } from './errors';
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
import { journeyStages, journeySteps, readBoard } from './read';
import { removeCascading } from './remove';
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
    removeCascading(doc, [{ kind: 'journey', id }]);
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
 * was copied from, so `compareJourneys` can match steps even after they are renamed. Copies are made
 * from the validated snapshot (entries a peer corrupted are not copied), and every new id is checked
 * before anything is written, so a fork is all or nothing.
 */
export function forkJourney(
  doc: Y.Doc,
  sourceId: string,
  origin: Origin,
  options: ForkOptions = {},
): Journey {
  return transact(doc, origin, () => {
    requireEntity(doc, 'journey', sourceId);
    const board = readBoard(doc);
    const source = board.journeys.find((j) => j.id === sourceId);
    if (!source) throw new JourneyError(`journey ${sourceId} is not readable`, '', 'missing');
    const makeId = options.makeId ?? newId;
    const stages = journeyStages(board, sourceId);
    const steps = journeySteps(board, sourceId);
    const stepSet = new Set(steps.map((s) => s.id));
    const notes = options.copyNotes === false ? [] : board.notes.filter((n) => stepSet.has(n.stepId));
    const journeyId = options.id ?? makeId('journey-');
    const stageIds = new Map(stages.map((s) => [s.id, makeId('stage-')]));
    const stepIds = new Map(steps.map((s) => [s.id, makeId('step-')]));
    const noteIds = new Map(notes.map((n) => [n.id, makeId('note-')]));
    const fresh = [journeyId, ...stageIds.values(), ...stepIds.values(), ...noteIds.values()];
    if (new Set(fresh).size !== fresh.length) throw new JourneyError('fork ids are not unique');
    const taken = (kind: 'journey' | 'stage' | 'step' | 'note', ids: Iterable<string>) =>
      [...ids].some((id) => collection(doc, kind).has(id));
    if (
      taken('journey', [journeyId]) ||
      taken('stage', stageIds.values()) ||
      taken('step', stepIds.values()) ||
      taken('note', noteIds.values())
    ) {
      throw new JourneyError('a fork id is already in use', '', 'exists');
    }
    const journey = insertEntity(
      doc,
      'journey',
      {
        id: journeyId,
        name: options.name ?? `${source.name || 'Journey'} (future)`,
        kind: 'future',
        forkedFromId: sourceId,
      },
      { siblings: siblings(doc, 'journey', everything), index: undefined },
    );
    for (const stage of stages) {
      insertEntity(doc, 'stage', {
        ...stage,
        id: stageIds.get(stage.id)!,
        journeyId,
        originStageId: stage.id,
      });
    }
    for (const step of steps) {
      insertEntity(doc, 'step', {
        ...step,
        id: stepIds.get(step.id)!,
        journeyId,
        stageId: step.stageId === null ? null : (stageIds.get(step.stageId) ?? null),
        originStepId: step.id,
      });
    }
    for (const note of notes) {
      insertEntity(doc, 'note', { ...note, id: noteIds.get(note.id)!, stepId: stepIds.get(note.stepId)! });
    }
    return journey;
  });
}
