import {
  type DotsBody,
  IDENTITY_HEADER,
  type OwnBallots,
  ownBallotsSchema,
  type RatingBallotBody,
} from '@journeyboard/journey';
import { parseBody, requestJson } from '../app/api-client';

/** Where and as whom ballots are cast: the board, its key (the role) and the identity the relay issued. */
export interface BallotCaller {
  readonly boardId: string;
  readonly key: string;
  readonly identityToken: string;
}

function call(
  caller: BallotCaller,
  path: string,
  init: { method: string; body?: unknown },
  fetcher: typeof fetch,
): Promise<OwnBallots> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${caller.key}`,
    [IDENTITY_HEADER]: caller.identityToken,
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const url = `/api/boards/${encodeURIComponent(caller.boardId)}/ballots${path}`;
  // A ballot cast just before the page goes (a reload, the tab closed) still reaches the relay: the
  // browser finishes a keepalive request after the page is gone, where it would cancel any other.
  const request: RequestInit = { method: init.method, headers, keepalive: init.method !== 'GET' };
  if (init.body !== undefined) request.body = JSON.stringify(init.body);
  return requestJson(url, request, fetcher).then((body) => parseBody(ownBallotsSchema, body));
}

/** The caller's own ballots (nobody else's are ever sent). */
export function fetchOwnBallots(caller: BallotCaller, fetcher: typeof fetch = fetch): Promise<OwnBallots> {
  return call(caller, '', { method: 'GET' }, fetcher);
}

export function putRating(
  caller: BallotCaller,
  stepId: string,
  body: RatingBallotBody,
  fetcher: typeof fetch = fetch,
): Promise<OwnBallots> {
  return call(caller, `/ratings/${encodeURIComponent(stepId)}`, { method: 'PUT', body }, fetcher);
}

export function deleteRating(
  caller: BallotCaller,
  stepId: string,
  fetcher: typeof fetch = fetch,
): Promise<OwnBallots> {
  return call(caller, `/ratings/${encodeURIComponent(stepId)}`, { method: 'DELETE' }, fetcher);
}

export function putDots(
  caller: BallotCaller,
  roundId: string,
  body: DotsBody,
  fetcher: typeof fetch = fetch,
): Promise<OwnBallots> {
  return call(caller, `/votes/${encodeURIComponent(roundId)}`, { method: 'PUT', body }, fetcher);
}
