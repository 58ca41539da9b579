import type { Lane, Note, Opportunity, VoteTargetKind } from '@journeyboard/journey';
import { useBoard } from '../board/board-context';
import { useCollection, useCollectionDerived } from '../board/use-journey';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useStepOptions } from './use-steps';

export interface Candidate {
  readonly id: string;
  readonly label: string;
}

/** What a round votes on, as message keys (the reader's language). */
export const VOTE_KIND_LABEL_KEYS = {
  note: 'workshop.vote-kind.note',
  opportunity: 'workshop.vote-kind.opportunity',
  step: 'workshop.vote-kind.step',
} as const satisfies Readonly<Record<VoteTargetKind, MessageKey>>;

function sameCandidates(a: readonly Candidate[], b: readonly Candidate[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]!.id && c.label === b[i]!.label);
}

const noteCandidates = (notes: readonly Note[]) =>
  notes.map((n) => ({ id: n.id, label: n.text, laneId: n.laneId }));
const sameNotes = (
  a: readonly (Candidate & { laneId: string })[],
  b: readonly (Candidate & { laneId: string })[],
) => sameCandidates(a, b) && a.every((n, i) => n.laneId === b[i]!.laneId);
const opportunityCandidates = (items: readonly Opportunity[]) =>
  items.map((o) => ({ id: o.id, label: o.title }));

/** The items a round of this kind votes on, as the voting list shows them (untitled ones named). */
export function useVoteCandidates(kind: VoteTargetKind): readonly Candidate[] {
  const { docs } = useBoard();
  const t = useT();
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
  if (kind === 'opportunity') {
    return opportunities.map((o) =>
      o.label ? o : { ...o, label: t('workshop.voting.untitled-opportunity') },
    );
  }
  const painLanes = new Set(lanes.filter((l) => l.kind === 'pain-points').map((l) => l.id));
  return notes
    .filter((n) => painLanes.has(n.laneId))
    .map((n) => (n.label ? n : { ...n, label: t('workshop.voting.empty-note') }));
}
