import * as Y from 'yjs';
import { collection, entityMap, mapFromFields } from './doc';
import { JourneyError } from './errors';
import { voteId } from './ids';
import { transact, validate } from './mutate';
import type { Origin, Vote } from './types';
import { addDot, removeDot, type Tally } from './voting';

// Votes live in the `content` document (participants may write it; the `session` document is the
// facilitator's). Each participant has one entry per round, so no two people ever write the same entry.

export interface DotInput {
  readonly roundId: string;
  readonly participantId: string;
  readonly targetId: string;
}

function readDots(doc: Y.Doc, id: string): string[] {
  const dots = entityMap(doc, 'vote', id)?.get('targetIds');
  return Array.isArray(dots) ? dots.filter((d): d is string => typeof d === 'string') : [];
}

function writeDots(doc: Y.Doc, input: Omit<DotInput, 'targetId'>, targetIds: string[]): Vote {
  const id = voteId(input.roundId, input.participantId);
  const vote = validate('vote', {
    id,
    roundId: input.roundId,
    participantId: input.participantId,
    targetIds,
  });
  const existing = entityMap(doc, 'vote', id);
  if (existing) existing.set('targetIds', targetIds);
  else collection(doc, 'vote').set(id, mapFromFields(vote as unknown as Record<string, unknown>));
  return vote;
}

/** Places one dot; throws when the participant has no dots left in this round. */
export function castVote(doc: Y.Doc, input: DotInput, votesPerPerson: number, origin: Origin): Vote {
  return transact(doc, origin, () => {
    const next = addDot(
      readDots(doc, voteId(input.roundId, input.participantId)),
      input.targetId,
      votesPerPerson,
    );
    if (!next) throw new JourneyError(`no votes left (${votesPerPerson} per person)`, '', 'no-votes-left');
    return writeDots(doc, input, next);
  });
}

export function retractVote(doc: Y.Doc, input: DotInput, origin: Origin): Vote {
  return transact(doc, origin, () =>
    writeDots(
      doc,
      input,
      removeDot(readDots(doc, voteId(input.roundId, input.participantId)), input.targetId),
    ),
  );
}

/** Deletes every participant's dots of a round (when the facilitator discards it). */
export function clearRoundVotes(doc: Y.Doc, roundId: string, origin: Origin): number {
  return transact(doc, origin, () => {
    const votes = collection(doc, 'vote');
    let removed = 0;
    for (const [id, vote] of [...votes.entries()]) {
      if (vote instanceof Y.Map && vote.get('roundId') === roundId) {
        votes.delete(id);
        removed++;
      }
    }
    return removed;
  });
}

/** Records a finished opportunity round's result on the opportunities themselves. */
export function applyTallyToOpportunities(doc: Y.Doc, tally: Tally, origin: Origin): void {
  transact(doc, origin, () => {
    const counts = new Map(tally.counts.map((c) => [c.targetId, c.count]));
    for (const [id, opportunity] of collection(doc, 'opportunity').entries()) {
      if (!(opportunity instanceof Y.Map)) continue;
      const count = counts.get(id) ?? 0;
      if (opportunity.get('votes') !== count) opportunity.set('votes', count);
    }
  });
}
