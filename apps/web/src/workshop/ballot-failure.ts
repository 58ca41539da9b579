import { ApiError } from '../app/api-client';

/** Why a rating or a dot was not recorded, in terms the board's message can word in any language. */
export type BallotFailure = 'network' | 'role' | 'gone' | 'refused' | 'busy' | 'other';

/**
 * The reason a ballot request failed, from the relay's answer (ballot-rules.ts): 403 observers do not
 * cast, 404 the round is gone, 409 the board is locked, the round closed or no dots are left. The
 * relay's own sentence is English, so it is never shown.
 */
export function ballotFailure(error: unknown): BallotFailure {
  if (!(error instanceof ApiError)) return 'other';
  switch (error.kind) {
    case 'network':
      return 'network';
    case 'unauthorized':
      return 'role';
    case 'not-found':
      return 'gone';
    case 'rate-limited':
      return 'busy';
    case 'bad-request':
      return error.status === 409 ? 'refused' : 'other';
    default:
      return 'other';
  }
}
