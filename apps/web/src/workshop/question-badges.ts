import type { Question } from '@journeyboard/journey';

export interface QuestionBadge {
  readonly open: number;
  readonly resolved: number;
}

export interface QuestionBadges {
  readonly steps: ReadonlyMap<string, QuestionBadge>;
  readonly notes: ReadonlyMap<string, QuestionBadge>;
}

function bump(map: Map<string, QuestionBadge>, id: string, resolved: boolean) {
  const current = map.get(id) ?? { open: 0, resolved: 0 };
  map.set(
    id,
    resolved ? { ...current, resolved: current.resolved + 1 } : { ...current, open: current.open + 1 },
  );
}

/** Questions per step and per note for the badges on the canvas (a note's question is not counted twice). */
export function questionBadges(questions: readonly Question[]): QuestionBadges {
  const steps = new Map<string, QuestionBadge>();
  const notes = new Map<string, QuestionBadge>();
  for (const q of questions) {
    if (q.noteId) bump(notes, q.noteId, q.resolved);
    else if (q.stepId) bump(steps, q.stepId, q.resolved);
  }
  return { steps, notes };
}

export function badgeLabel(badge: QuestionBadge | undefined): string | null {
  if (!badge || badge.open + badge.resolved === 0) return null;
  return badge.open > 0 ? `? ${badge.open}` : `✓ ${badge.resolved}`;
}

/** Unresolved first, then oldest first, so the facilitator works down the list. */
export function orderForList(questions: readonly Question[]): readonly Question[] {
  return [...questions].sort((a, b) => Number(a.resolved) - Number(b.resolved) || a.createdAt - b.createdAt);
}
