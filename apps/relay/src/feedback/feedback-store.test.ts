import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../cluster/testing/postgres-server';
import { PostgresStore } from '../storage/postgres-store';
import { SqliteStore } from '../storage/sqlite-store';
import type { Store } from '../storage/store';

const BOARD = {
  id: 'board-1',
  title: 'B',
  createdAt: 1,
  keyHashes: { facilitator: 'f'.repeat(64), participant: 'p'.repeat(64), observer: 'o'.repeat(64) },
};

/** The same contract, run against each store. */
function contract(name: string, open: () => Promise<Store>) {
  describe(`feedback storage: ${name}`, () => {
    it('keeps links, one response per browser and link, comments and their decisions', async () => {
      const store = await open();
      try {
        await store.createBoard(BOARD);
        const { feedback } = store;
        await feedback.createLink({
          token: 't1',
          boardId: BOARD.id,
          journeyId: 'j1',
          state: 'open',
          createdAt: 10,
        });
        await feedback.createLink({
          token: 't2',
          boardId: BOARD.id,
          journeyId: 'j1',
          state: 'open',
          createdAt: 20,
        });
        expect((await feedback.listLinks(BOARD.id)).map((l) => l.token)).toEqual(['t2', 't1']);
        expect(await feedback.setLinkState('t1', 'rotated')).toBe(true);
        expect(await feedback.getLink('t1')).toMatchObject({
          state: 'rotated',
          journeyId: 'j1',
          createdAt: 10,
        });
        expect(await feedback.getLink('nope')).toBeUndefined();

        const base = { boardId: BOARD.id, linkToken: 't2', browserId: 'b1', submittedAt: 100 };
        const first = await feedback.putResponse({
          ...base,
          newId: 'r1',
          ratings: [{ stepId: 's1', score: 3 }],
          comment: '<script>alert(1)</script>',
        });
        expect(first).toEqual({ id: 'r1', replaced: false });
        // The same browser again: replaced, same id; the comment unchanged keeps its state.
        const again = await feedback.putResponse({
          ...base,
          newId: 'r-ignored',
          ratings: [{ stepId: 's1', score: 8 }],
          comment: '<script>alert(1)</script>',
          submittedAt: 200,
        });
        expect(again).toEqual({ id: 'r1', replaced: true });
        await feedback.putResponse({
          ...base,
          browserId: 'b2',
          newId: 'r2',
          ratings: [{ stepId: 's2', score: 5 }],
          comment: '',
        });
        expect(await feedback.getResponse('t2', 'b1')).toMatchObject({
          ratings: [{ stepId: 's1', score: 8 }],
          comment: '<script>alert(1)</script>',
          commentState: 'pending',
          submittedAt: 200,
        });
        expect(await feedback.listRatings(BOARD.id)).toHaveLength(2);
        expect(await feedback.countByLink(BOARD.id)).toEqual(new Map([['t2', 2]]));
        const pending = await feedback.listComments(BOARD.id, 'pending');
        expect(pending.map((c) => [c.id, c.journeyId, c.comment])).toEqual([
          ['r1', 'j1', '<script>alert(1)</script>'],
        ]);
        expect(await feedback.decideComment('other-board', 'r1', 'accepted')).toBe(false);
        expect(await feedback.decideComment(BOARD.id, 'r1', 'accepted')).toBe(true);
        expect(await feedback.decideComment(BOARD.id, 'r1', 'discarded')).toBe(false);
        // Accepted and sent again unchanged: stays accepted; changed: pending again.
        await feedback.putResponse({
          ...base,
          newId: 'x',
          ratings: [{ stepId: 's1', score: 8 }],
          comment: '<script>alert(1)</script>',
        });
        expect((await feedback.getResponse('t2', 'b1'))?.commentState).toBe('accepted');
        await feedback.putResponse({
          ...base,
          newId: 'x',
          ratings: [{ stepId: 's1', score: 8 }],
          comment: 'New words',
        });
        expect((await feedback.getResponse('t2', 'b1'))?.commentState).toBe('pending');
        await feedback.putResponse({
          ...base,
          newId: 'x',
          ratings: [{ stepId: 's1', score: 8 }],
          comment: '',
        });
        expect((await feedback.getResponse('t2', 'b1'))?.commentState).toBe('none');

        await store.deleteBoard(BOARD.id);
        expect(await feedback.listLinks(BOARD.id)).toEqual([]);
        expect(await feedback.listRatings(BOARD.id)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}

contract('SQLite', async () => new SqliteStore({ file: ':memory:', durability: 'process' }));

let server: PostgresServer | undefined;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});
contract('PostgreSQL', async () => {
  if (!server) throw new Error('no PostgreSQL server');
  return PostgresStore.open({ url: await server.createDatabase('feedback_store_test') });
});
