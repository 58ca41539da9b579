import {
  addNote,
  addStage,
  addStep,
  CURRENT_JOURNEY_ID,
  createBoard,
  EMOTION_LABELS,
  readCollection,
  setRating,
  updateMeta,
} from '@journeyboard/journey';
import type * as Y from 'yjs';

export interface LargeBoardSize {
  steps: number;
  channels: number;
  notes: number;
}

const ORIGIN = 'journeyboard:bench-fixture';

/** A new large board in an empty document (the harness). */
export function populateLargeBoard(doc: Y.Doc, size: LargeBoardSize): void {
  createBoard(doc, 'blank');
  fillLargeBoard(doc, size);
  addParticipantRatings(doc);
}

/**
 * A few participants' ratings, in the harness's local document only: through a relay, a client writes
 * only its own ratings (the relay refuses ratings in another participant's name).
 */
function addParticipantRatings(doc: Y.Doc): void {
  const stepIds = readCollection(doc, 'step').map((step) => step.id);
  doc.transact(() => {
    for (let i = 0; i < stepIds.length; i += 5) {
      for (let p = 0; p < 3; p++) {
        setRating(
          doc,
          { stepId: stepIds[i]!, participantId: `participant-${p}`, score: 1 + ((i + p * 3) % 10) },
          ORIGIN,
        );
      }
    }
  }, ORIGIN);
}

/**
 * Fills a blank board deterministically, for the harness and the benchmark: the template's channels and
 * lanes, `steps` steps spread over stages, notes spread over the note lanes.
 */
export function fillLargeBoard(doc: Y.Doc, size: LargeBoardSize): void {
  doc.transact(() => {
    updateMeta(doc, { title: `Benchmark journey (${size.steps} steps)`, targetScore: 7 }, ORIGIN);
    const channels = readCollection(doc, 'channel').slice(0, size.channels);
    const lanes = readCollection(doc, 'lane');
    const stageCount = Math.max(1, Math.round(size.steps / 25));
    const stageIds: string[] = [];
    for (let s = 0; s < stageCount; s++) {
      stageIds.push(
        addStage(doc, { journeyId: CURRENT_JOURNEY_ID, title: `Stage ${s + 1}`, id: `stage-${s}` }, ORIGIN)
          .id,
      );
    }
    const stepIds: string[] = [];
    for (let i = 0; i < size.steps; i++) {
      const score = 1 + ((i * 7) % 10);
      const step = addStep(
        doc,
        {
          journeyId: CURRENT_JOURNEY_ID,
          id: `step-${i}`,
          stageId: stageIds[Math.floor((i * stageCount) / size.steps)]!,
          channelId: channels[i % Math.max(1, channels.length)]?.id ?? null,
          title: `Step ${i + 1}: customer does something`,
          description: 'A short description of what happens at this touchpoint.',
          doing: 'Reads the instructions and fills in the form',
          thinking: 'How long will this take?',
          feeling: 'A bit unsure',
          owner: i % 3 === 0 ? 'Service desk' : 'HR',
          durationMinutes: 5 + (i % 12) * 15,
          people: ['Manager'],
          systems: ['Portal'],
          score,
          emotion: EMOTION_LABELS[(i * 3) % EMOTION_LABELS.length]!,
          momentOfTruth: i % 17 === 0,
        },
        ORIGIN,
      );
      stepIds.push(step.id);
    }
    const noteLanes = lanes.filter((lane) =>
      ['pain-points', 'opportunities', 'backstage'].includes(lane.kind),
    );
    const targets = noteLanes.length > 0 ? noteLanes : lanes;
    for (let n = 0; n < size.notes; n++) {
      const stepId = stepIds[(n * 13) % stepIds.length]!;
      const lane = targets[n % targets.length]!;
      addNote(
        doc,
        {
          stepId,
          laneId: lane.id,
          id: `note-${n}`,
          text: `Note ${n + 1}: something people noticed here`,
          authorName: 'Bench',
        },
        ORIGIN,
      );
    }
  }, ORIGIN);
}
