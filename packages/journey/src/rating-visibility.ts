import { EMOTION_LABELS, type EmotionLabel, type Rating } from './types';

// Ratings are hidden until the facilitator reveals them so that nobody anchors on the others' scores.
// While hidden, each participant sees only their own ratings; the facilitator sees how many came in.

export interface Viewer {
  readonly id: string;
  readonly role: 'facilitator' | 'participant' | 'observer';
}

export function ratingsVisibleTo(
  ratings: readonly Rating[],
  visibility: 'hidden' | 'revealed',
  viewer: Viewer,
): readonly Rating[] {
  if (visibility === 'revealed') return ratings;
  return ratings.filter((r) => r.participantId === viewer.id);
}

export interface RatingDistribution {
  readonly count: number;
  /** Index 0 is score 1 … index 9 is score 10. */
  readonly byScore: readonly number[];
  /** Emotions picked, most frequent first (ties in picker order). */
  readonly byEmotion: readonly { readonly label: EmotionLabel; readonly count: number }[];
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** The distribution of one step's ratings, shown to everyone at the reveal. */
export function ratingDistribution(ratings: readonly Rating[], stepId: string): RatingDistribution {
  const byScore = Array.from({ length: 10 }, () => 0);
  const emotions = new Map<EmotionLabel, number>();
  let count = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const r of ratings) {
    if (r.stepId !== stepId) continue;
    const score = Math.round(r.score);
    if (score < 1 || score > 10) continue;
    byScore[score - 1]!++;
    count++;
    sum += score;
    min = min === null ? score : Math.min(min, score);
    max = max === null ? score : Math.max(max, score);
    if (r.emotion) emotions.set(r.emotion, (emotions.get(r.emotion) ?? 0) + 1);
  }
  const byEmotion = EMOTION_LABELS.filter((l) => emotions.has(l))
    .map((label) => ({ label, count: emotions.get(label)! }))
    .sort((a, b) => b.count - a.count);
  return { count, byScore, byEmotion, mean: count ? sum / count : null, min, max };
}

/** How many participants rated each step (safe to show while hidden: no scores leak). */
export function ratingCounts(ratings: readonly Rating[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const r of ratings) counts.set(r.stepId, (counts.get(r.stepId) ?? 0) + 1);
  return counts;
}
