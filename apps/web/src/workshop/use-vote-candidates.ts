import type { Lane, Note, Opportunity, VoteTargetKind } from '@journeyboard/journey';
import { useBoard } from '../board/board-context';
import { useCollection, useCollectionDerived } from '../board/use-journey';
import { useStepOptions } from './use-steps';

export interface Candidate {
  readonly id: string;
  readonly label: string;
}

export const VOTE_KIND_LABELS: Readonly<Record<VoteTargetKind, string>> = {
  note: 'Pain points',
  opportunity: 'Opportunities',
  step: 'Steps',
};

function sameCandidates(a: readonly Candidate[], b: readonly Candidate[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]!.id && c.label === b[i]!.label);
}

const noteCandidates = (notes: readonly Note[]) =>
  notes.map((n) => ({ id: n.id, label: n.text || 'Empty note', laneId: n.laneId }));
const sameNotes = (
  a: readonly (Candidate & { laneId: string })[],
  b: readonly (Candidate & { laneId: string })[],
) => sameCandidates(a, b) && a.every((n, i) => n.laneId === b[i]!.laneId);
const opportunityCandidates = (items: readonly Opportunity[]) =>
  items.map((o) => ({ id: o.id, label: o.title || 'Untitled opportunity' }));

/** The items a round of this kind votes on, as the voting list shows them. */
export function useVoteCandidates(kind: VoteTargetKind): readonly Candidate[] {
  const { docs } = useBoard();
  const steps = useStepOptions();
  const lanes = useCollection(docs.content, 'lane') as readonly Lane[];
  const notes = useCollectionDerived(docs.content, 'note', noteCandidates, sameNotes);
  const opportunities = useCollectionDerived(
    docs.content,
    'opportunity',
    opportunityCandidates,
    sameCandidates,
  );
  if (kind === 'step') return steps.map((s) => ({ id: s.id, label: s.title }));
  if (kind === 'opportunity') return opportunities;
  const painLanes = new Set(lanes.filter((l) => l.kind === 'pain-points').map((l) => l.id));
  return notes.filter((n) => painLanes.has(n.laneId));
}
