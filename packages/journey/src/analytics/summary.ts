import { journeySteps } from '../read';
import type { BoardSnapshot } from '../types';
import { emotionCurve } from './curve';

export interface ChannelUsage {
  /** null: steps without a channel. */
  readonly channelId: string | null;
  readonly name: string;
  readonly steps: number;
  /** Share of the journey's steps, 0–1. */
  readonly share: number;
}

export interface ScoredStep {
  readonly stepId: string;
  readonly title: string;
  readonly score: number;
}

export interface JourneySummary {
  readonly journeyId: string;
  readonly stepCount: number;
  readonly scoredSteps: number;
  readonly averageScore: number | null;
  readonly lowest: ScoredStep | null;
  readonly highest: ScoredStep | null;
  /** Sum of the steps' durations; steps without a duration count as 0 and are listed. */
  readonly totalMinutes: number;
  readonly stepsWithoutDuration: readonly string[];
  readonly channelUsage: readonly ChannelUsage[];
  readonly stepsWithoutOwner: readonly string[];
  readonly momentsOfTruth: readonly string[];
  readonly targetScore: number | null;
  /** averageScore − targetScore: negative means below the aim. */
  readonly gapToTarget: number | null;
}

export function journeySummary(board: BoardSnapshot, journeyId: string): JourneySummary {
  const steps = journeySteps(board, journeyId);
  const curve = emotionCurve(board, journeyId);
  const scored = curve
    .filter((p) => p.value !== null)
    .map((p) => ({ stepId: p.stepId, title: p.title, score: p.value! }));
  const averageScore = scored.length ? scored.reduce((s, p) => s + p.score, 0) / scored.length : null;
  let lowest: ScoredStep | null = null;
  let highest: ScoredStep | null = null;
  for (const p of scored) {
    if (!lowest || p.score < lowest.score) lowest = p;
    if (!highest || p.score > highest.score) highest = p;
  }
  const usage = new Map<string | null, number>();
  for (const step of steps) usage.set(step.channelId, (usage.get(step.channelId) ?? 0) + 1);
  const channelUsage: ChannelUsage[] = [];
  for (const channel of board.channels) {
    const n = usage.get(channel.id) ?? 0;
    channelUsage.push({
      channelId: channel.id,
      name: channel.name,
      steps: n,
      share: steps.length ? n / steps.length : 0,
    });
  }
  const none = usage.get(null) ?? 0;
  if (none > 0)
    channelUsage.push({ channelId: null, name: 'No channel', steps: none, share: none / steps.length });
  channelUsage.sort((a, b) => b.steps - a.steps);
  const targetScore = board.meta.targetScore;
  return {
    journeyId,
    stepCount: steps.length,
    scoredSteps: scored.length,
    averageScore,
    lowest,
    highest,
    totalMinutes: steps.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0),
    stepsWithoutDuration: steps.filter((s) => s.durationMinutes === null).map((s) => s.id),
    channelUsage,
    stepsWithoutOwner: steps.filter((s) => s.owner.trim() === '').map((s) => s.id),
    momentsOfTruth: steps.filter((s) => s.momentOfTruth).map((s) => s.id),
    targetScore,
    gapToTarget: averageScore !== null && targetScore !== null ? averageScore - targetScore : null,
  };
}
