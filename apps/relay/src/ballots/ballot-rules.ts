import { mayCast, type Role, type SessionSnapshot } from '@journeyboard/journey';

/** Who casts a ballot: the identity the relay issued (never a claimed one) and the key's role. */
export interface Voter {
  readonly id: string;
  readonly role: Role;
}

export interface BallotRefusal {
  readonly status: 403 | 404 | 409;
  readonly message: string;
}

/**
 * Whether the caller may rate (or withdraw a rating) now: the declared ballot rule (observers watch; the
 * facilitator and participants cast, participants not while the board is locked).
 */
export function checkRating(voter: Voter, session: SessionSnapshot): BallotRefusal | null {
  const code = mayCast('rating', { role: voter.role, identity: voter.id }, session);
  if (code === null) return null;
  if (code === 'locked')
    return { status: 409, message: 'the board is locked: the facilitator paused changes' };
  return { status: 403, message: 'observers do not rate or vote' };
}

/** Whether the caller may set these dots in this round now. */
export function checkDots(
  voter: Voter,
  session: SessionSnapshot,
  roundId: string,
  targetIds: readonly string[],
): BallotRefusal | null {
  const refusal = checkRating(voter, session);
  if (refusal) return refusal;
  const round = session.rounds.find((r) => r.id === roundId);
  if (!round) return { status: 404, message: `no voting round ${roundId}` };
  if (round.status !== 'open' || session.activeRoundId !== roundId) {
    return { status: 409, message: 'this voting round is closed' };
  }
  if (targetIds.length > round.votesPerPerson) {
    return { status: 409, message: `no votes left (${round.votesPerPerson} per person)` };
  }
  return null;
}
