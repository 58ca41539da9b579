import { addStage, addStep, CURRENT_JOURNEY_ID, createBoard, updateStep } from '@journeyboard/journey';
import * as Y from 'yjs';

const ORIGIN = 'journeyboard:bench';

/**
 * A board the way a workshop writes it: one update per change. `steps` steps spread over stages of 20,
 * then edits (title, description, score) on random steps until there are `updates` updates in all.
 * Returns every update in order; applying them all gives the final board.
 */
export function workshopUpdates(steps: number, updates: number, seed = 1): Uint8Array[] {
  const doc = new Y.Doc();
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  createBoard(doc, 'blank', ORIGIN);
  let random = seed;
  const next = () => {
    random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
    return random / 2_147_483_648;
  };
  const stepIds: string[] = [];
  let stageId = '';
  for (let index = 0; index < steps; index++) {
    if (index % 20 === 0) {
      stageId = addStage(doc, { journeyId: CURRENT_JOURNEY_ID, title: `Stage ${index / 20 + 1}` }, ORIGIN).id;
    }
    const step = addStep(
      doc,
      { journeyId: CURRENT_JOURNEY_ID, stageId, title: `Step ${index + 1}`, description: 'Does something' },
      ORIGIN,
    );
    stepIds.push(step.id);
  }
  while (log.length < updates) {
    const id = stepIds[Math.floor(next() * stepIds.length)]!;
    const kind = log.length % 3;
    if (kind === 0) updateStep(doc, id, { title: `Step edited ${log.length}` }, ORIGIN);
    else if (kind === 1) updateStep(doc, id, { description: `Described at ${log.length}` }, ORIGIN);
    else updateStep(doc, id, { score: 1 + Math.floor(next() * 10) }, ORIGIN);
  }
  doc.destroy();
  return log;
}

/** The whole board as one update (what a snapshot holds). */
export function boardState(steps: number): Uint8Array {
  const doc = new Y.Doc();
  for (const update of workshopUpdates(steps, 0)) Y.applyUpdate(doc, update);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
