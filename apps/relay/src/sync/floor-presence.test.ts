import { expect, test } from 'vitest';
import { FloorPresence } from './floor-presence';
import { PresenceStore } from './presence-store';
import type { PresenceEntry } from './protocol';

const encoder = new TextEncoder();

function entry(clientId: number, clock: number, state: unknown): PresenceEntry {
  return { clientId, clock, state, json: encoder.encode(JSON.stringify(state)) };
}

/** A floor over a real store, recording what would go to peers (and whom it skips). */
function setup() {
  const store = new PresenceStore();
  const sent: { clientId: number; clock: number; state: unknown; except: string | null }[] = [];
  const floor: FloorPresence<string> = new FloorPresence<string>(store, (entries, origin) => {
    floor.noteForwarded(entries);
    for (const e of entries)
      sent.push({ clientId: e.clientId, clock: e.clock, state: e.state, except: origin });
  });
  return { store, sent, floor };
}

test('only the connection whose proved identity holds the floor is forwarded', () => {
  const { sent, floor } = setup();
  floor.observe('olga', 'p-olga', [entry(1, 1, { cursor: { x: 1, y: 1 } })]);
  floor.observe('otto', 'p-otto', [entry(2, 1, { cursor: { x: 2, y: 2 } })]);
  expect(sent).toEqual([]);
  floor.setHolder('p-olga');
  // Her kept state goes at once, to everyone but her.
  expect(sent).toEqual([{ clientId: 1, clock: 1, state: { cursor: { x: 1, y: 1 } }, except: 'olga' }]);
  floor.observe('otto', 'p-otto', [entry(2, 2, { cursor: { x: 3, y: 3 } })]);
  floor.observe('olga', 'p-olga', [entry(1, 2, { cursor: { x: 4, y: 4 } })]);
  expect(sent.map((s) => s.clientId)).toEqual([1, 1]);
  expect(floor.forwards('olga')).toBe(true);
  expect(floor.forwards('otto')).toBe(false);
});

test('taken back and given again: removed from everyone but her, then shown past the removal’s clock', () => {
  const { sent, floor, store } = setup();
  floor.setHolder('p-olga');
  floor.observe('olga', 'p-olga', [entry(1, 5, { cursor: { x: 1, y: 1 } })]);
  floor.setHolder(null);
  expect(sent.at(-1)).toEqual({ clientId: 1, clock: 6, state: null, except: 'olga' });
  expect(store.getStates().has(1)).toBe(false);
  // Her own clock goes on from 5; what she sends meanwhile is kept, not forwarded.
  floor.observe('olga', 'p-olga', [entry(1, 6, { cursor: { x: 9, y: 9 } })]);
  expect(sent).toHaveLength(2);
  floor.setHolder('p-olga');
  // Peers last heard clock 6 (the removal): her state at her clock 6 goes as 7, and so on.
  expect(sent.at(-1)).toEqual({ clientId: 1, clock: 7, state: { cursor: { x: 9, y: 9 } }, except: 'olga' });
  floor.observe('olga', 'p-olga', [entry(1, 7, { cursor: { x: 8, y: 8 } })]);
  expect(sent.at(-1)?.clock).toBe(8);
  // Leaving with her state removed (as her client does on close) removes it for everyone.
  floor.observe('olga', 'p-olga', [entry(1, 8, null)]);
  expect(sent.at(-1)).toMatchObject({ clientId: 1, clock: 9, state: null });
});

test('a floor naming nobody present, or an identity-less observer, forwards nothing', () => {
  const { sent, floor } = setup();
  floor.observe('anon', null, [entry(3, 1, { cursor: null })]);
  floor.setHolder('p-nobody');
  floor.observe('anon', null, [entry(3, 2, { cursor: { x: 0, y: 0 } })]);
  floor.setHolder(null);
  expect(sent).toEqual([]);
});
