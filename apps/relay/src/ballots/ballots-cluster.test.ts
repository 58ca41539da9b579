import { IDENTITY_HEADER, readBallotResults, readBoard, setRatingVisibility } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { useClusterTestBed } from '../cluster/testing/cluster-test-bed';
import { createBoard, keyOf, synced, type TestRelay, waitFor } from '../test-support/relay-fixture';

const bed = useClusterTestBed();

async function identityOn(relay: TestRelay, boardId: string, key: string, token?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (token) headers[IDENTITY_HEADER] = token;
  const response = await fetch(`${relay.url}/api/boards/${boardId}`, { headers });
  return ((await response.json()) as { identity: { id: string; token: string } }).identity;
}

describe('secret ballots on several relays (PostgreSQL and Redis)', () => {
  it('identities and ballots are shared: counts and the reveal reach clients of every relay', async () => {
    // Started together on an empty store: they must still agree on one identity secret.
    const {
      relays: [a, b],
    } = await bed.cluster(2);
    const board = await createBoard(a!, { title: 'Cluster ballots', template: 'onboarding' });
    const participant = keyOf(board.links.participant);
    const ann = await identityOn(a!, board.id, participant);
    expect(await identityOn(b!, board.id, participant, ann.token)).toEqual(ann);
    const bob = await identityOn(b!, board.id, participant);
    const stepId = readBoard((await a!.boards.readDocs(board.id)).content).steps[0]!.id;

    const observerOnB = bed.open(b!, board.id, 'session', keyOf(board.links.observer));
    const facilitatorOnA = bed.open(a!, board.id, 'session', keyOf(board.links.facilitator));
    await Promise.all([synced(observerOnB), synced(facilitatorOnA)]);

    const rate = (relay: TestRelay, who: { token: string }, score: number) =>
      fetch(`${relay.url}/api/boards/${board.id}/ballots/ratings/${stepId}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${participant}`,
          [IDENTITY_HEADER]: who.token,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ score }),
      });
    expect((await rate(a!, ann, 2)).status).toBe(200);
    expect((await rate(b!, bob, 6)).status).toBe(200);
    await waitFor(() => readBallotResults(observerOnB.doc).ratingCounts.get(stepId) === 2);
    expect(readBallotResults(observerOnB.doc).ratingResults.size).toBe(0);

    setRatingVisibility(facilitatorOnA.doc, 'revealed', 'fac');
    await waitFor(() => readBallotResults(observerOnB.doc).ratingResults.get(stepId)?.mean === 4);
    expect(JSON.stringify(observerOnB.doc.toJSON())).not.toContain(ann.id);
  }, 60_000);
});
