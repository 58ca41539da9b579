import type { CurvePoint } from './curve';

export type MomentKind = 'lowest' | 'highest' | 'steepest-drop' | 'steepest-rise';

export interface MomentSuggestion {
  readonly stepId: string;
  readonly kind: MomentKind;
  /** The score at the step (for drops and rises, the score arrived at). */
  readonly value: number;
  /** The change from the previous scored step (drops and rises only). */
  readonly delta: number | null;
}

export interface MomentOptions {
  /** How many drops and how many rises to suggest (default 2). */
  readonly changes?: number;
  /** Ignore changes smaller than this (default 2 points). */
  readonly minChange?: number;
}

/**
 * Suggests moments of truth from the curve: the lowest and highest points and the steepest drops and
 * rises between consecutive scored steps. Each says why in codes and numbers (kind, value, delta); the
 * client words it in the reader's language.
 */
export function suggestMomentsOfTruth(
  curve: readonly CurvePoint[],
  options: MomentOptions = {},
): MomentSuggestion[] {
  const changes = options.changes ?? 2;
  const minChange = options.minChange ?? 2;
  const scored = curve.filter((p): p is CurvePoint & { value: number } => p.value !== null);
  if (scored.length === 0) return [];
  const out: MomentSuggestion[] = [];
  const values = scored.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  for (const p of scored) {
    if (p.value === low) {
      out.push({
        stepId: p.stepId,
        kind: 'lowest',
        value: p.value,
        delta: null,
      });
    }
  }
  if (high > low) {
    for (const p of scored) {
      if (p.value === high) {
        out.push({
          stepId: p.stepId,
          kind: 'highest',
          value: p.value,
          delta: null,
        });
      }
    }
  }
  const steps = scored.slice(1).map((p, i) => ({ p, delta: p.value - scored[i]!.value }));
  const drops = steps
    .filter((s) => s.delta <= -minChange)
    .sort((a, b) => a.delta - b.delta || a.p.index - b.p.index)
    .slice(0, changes);
  const rises = steps
    .filter((s) => s.delta >= minChange)
    .sort((a, b) => b.delta - a.delta || a.p.index - b.p.index)
    .slice(0, changes);
  for (const { p, delta } of drops) {
    out.push({
      stepId: p.stepId,
      kind: 'steepest-drop',
      value: p.value,
      delta,
    });
  }
  for (const { p, delta } of rises) {
    out.push({
      stepId: p.stepId,
      kind: 'steepest-rise',
      value: p.value,
      delta,
    });
  }
  return out;
}
