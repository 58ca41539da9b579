import { describe, expect, it } from 'vitest';
import { deleteRating, fetchOwnBallots, putDots, putRating } from './ballot-api';

const caller = { boardId: 'b1', key: 'k', identityToken: 't' };
const answer = { ratings: [], votes: [] };

/** A fetcher that records each request's init and answers with no ballots. */
function recording() {
  const inits: RequestInit[] = [];
  const fetcher = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    inits.push(init ?? {});
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { inits, fetcher };
}

describe('ballot requests', () => {
  it('send every change as a keepalive request (it outlives a reload), and read without one', async () => {
    const { inits, fetcher } = recording();
    await putRating(caller, 's1', { score: 5, emotion: null, name: 'Pat' }, fetcher).catch(() => {});
    await deleteRating(caller, 's1', fetcher).catch(() => {});
    await putDots(caller, 'r1', { targetIds: [] }, fetcher).catch(() => {});
    await fetchOwnBallots(caller, fetcher).catch(() => {});
    expect(inits.map((init) => [init.method, init.keepalive])).toEqual([
      ['PUT', true],
      ['DELETE', true],
      ['PUT', true],
      ['GET', false],
    ]);
  });
});
