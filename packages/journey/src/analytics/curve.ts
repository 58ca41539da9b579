import { journeySteps } from '../read';
import type { BoardSnapshot, EmotionLabel, Rating } from '../types';

export interface ParticipantStats {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export interface CurvePoint {
  readonly stepId: string;
  /** Position of the step in the journey, from 0. */
  readonly index: number;
  readonly title: string;
  readonly emotion: EmotionLabel | null;
  /** The facilitator's consensus score. */
  readonly consensus: number | null;
  readonly participants: ParticipantStats | null;
  /** The score to plot: the consensus when set, otherwise the participants' mean. */
  readonly value: number | null;
}

export function participantStats(ratings: readonly Pick<Rating, 'score'>[]): ParticipantStats | null {
  if (ratings.length === 0) return null;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { score } of ratings) {
    sum += score;
    min = Math.min(min, score);
    max = Math.max(max, score);
  }
  return { mean: sum / ratings.length, min, max, count: ratings.length };
}

/** The emotion curve of one journey, one point per step in time order. */
export function emotionCurve(board: BoardSnapshot, journeyId: string): CurvePoint[] {
  const byStep = new Map<string, Rating[]>();
  for (const rating of board.ratings) {
    const list = byStep.get(rating.stepId);
    if (list) list.push(rating);
    else byStep.set(rating.stepId, [rating]);
  }
  return journeySteps(board, journeyId).map((step, index) => {
    const participants = participantStats(byStep.get(step.id) ?? []);
    return {
      stepId: step.id,
      index,
      title: step.title,
      emotion: step.emotion,
      consensus: step.score,
      participants,
      value: step.score ?? participants?.mean ?? null,
    };
  });
}
