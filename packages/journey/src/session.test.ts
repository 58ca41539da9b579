import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { mayChange } from './domain/permissions';
import {
  observeSession,
  readFloorHolder,
  readSession,
  readSessionPermissions,
  type SessionSnapshot,
  sessionMap,
} from './session';
import {
  addSessionTimerMinute,
  closeVotingRound,
  deleteVotingRound,
  giveFloor,
  openVotingRound,
  pauseSessionTimer,
  requestViewport,
  resetSessionTimer,
  resumeSessionTimer,
  setLocked,
  setPhase,
  setRatingVisibility,
  setSpotlight,
  startSessionTimer,
  takeFloorBack,
} from './session-writes';
import { timerRemaining } from './timer';

const f = 'facilitator';

test('missing session keys read as preparation and unlocked', () => {
  expect(readSessionPermissions(new Y.Doc())).toEqual({ phase: 'preparation', locked: false });
  expect(readSession(new Y.Doc())).toMatchObject({
    phase: 'preparation',
    locked: false,
    spotlightStepId: null,
    floorAuthorId: null,
    viewportRequest: null,
    ratingVisibility: 'hidden',
    activeRoundId: null,
    rounds: [],
    timer: { status: 'idle' },
  });
});

test('setters write phase and lock in a transaction with the origin', () => {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  setPhase(doc, 'qa', f);
  setLocked(doc, true, f);
  expect(readSessionPermissions(doc)).toEqual({ phase: 'qa', locked: true });
  expect(origins).toEqual([f, f]);
});

test('malformed values from a peer read as safe defaults', () => {
  const doc = new Y.Doc();
  sessionMap(doc).set('phase', 'party');
  sessionMap(doc).set('locked', 'yes');
  sessionMap(doc).set('timer', { status: 'running' });
  sessionMap(doc).set('viewportRequest', { x: 'far' });
  sessionMap(doc).set('activeRoundId', 'ghost');
  doc.getMap('votingRounds').set('bad', 7);
  expect(readSessionPermissions(doc)).toEqual({ phase: 'preparation', locked: false });
  expect(readSession(doc)).toMatchObject({
    timer: { status: 'idle' },
    viewportRequest: null,
    activeRoundId: null,
    rounds: [],
  });
  expect(() => setPhase(doc, 'party' as 'qa', 'x')).toThrow();
});

test('the shared timer is an end time computed with an injectable clock', () => {
  const doc = new Y.Doc();
  let now = 1_000_000;
  const clock = () => now;
  startSessionTimer(doc, 120_000, f, clock);
  expect(readSession(doc).timer).toMatchObject({ status: 'running', endsAt: 1_120_000 });
  now += 30_000;
  pauseSessionTimer(doc, f, clock);
  expect(timerRemaining(readSession(doc).timer, now + 99_999)).toBe(90_000);
  now += 10_000;
  resumeSessionTimer(doc, f, clock);
  addSessionTimerMinute(doc, f, clock);
  expect(readSession(doc).timer.endsAt).toBe(now + 150_000);
  resetSessionTimer(doc, f);
  expect(readSession(doc).timer).toEqual({
    status: 'idle',
    durationMs: 180_000,
    endsAt: null,
    remainingMs: 180_000,
  });
  resetSessionTimer(doc, f, 60_000);
  expect(readSession(doc).timer.durationMs).toBe(60_000);
});

test('spotlight, bring-everyone-to-me and rating visibility', () => {
  const doc = new Y.Doc();
  setSpotlight(doc, 'step-1', f);
  setRatingVisibility(doc, 'revealed', f);
  const first = requestViewport(doc, { x: 10, y: 20, zoom: 1.5, requestedBy: 'fac' }, f, () => 42);
  const second = requestViewport(doc, { x: 10, y: 20, zoom: 1.5, requestedBy: 'fac' }, f, () => 43);
  expect(second.id).not.toBe(first.id);
  expect(readSession(doc)).toMatchObject({
    spotlightStepId: 'step-1',
    ratingVisibility: 'revealed',
    viewportRequest: { x: 10, y: 20, zoom: 1.5, requestedBy: 'fac', at: 43, id: second.id },
  });
  expect(() => requestViewport(doc, { x: 0, y: 0, zoom: 0, requestedBy: 'f' }, f)).toThrow();
  setSpotlight(doc, null, f);
  expect(readSession(doc).spotlightStepId).toBeNull();
});

test('voting rounds: opening one closes the previous; close and delete', () => {
  const doc = new Y.Doc();
  let now = 100;
  const clock = () => now++;
  const r1 = openVotingRound(
    doc,
    { title: 'Pain', targetKind: 'step', votesPerPerson: 3, id: 'r1' },
    f,
    clock,
  );
  expect(readSession(doc).activeRoundId).toBe(r1.id);
  openVotingRound(doc, { targetKind: 'opportunity', votesPerPerson: 5, id: 'r2' }, f, clock);
  const s = readSession(doc);
  expect(s.activeRoundId).toBe('r2');
  expect(s.rounds.map((r) => [r.id, r.status, r.targetKind, r.votesPerPerson])).toEqual([
    ['r1', 'closed', 'step', 3],
    ['r2', 'open', 'opportunity', 5],
  ]);
  expect(s.rounds[0]?.closedAt).toBe(101);
  closeVotingRound(doc, 'r2', f, clock);
  expect(readSession(doc).activeRoundId).toBeNull();
  expect(readSession(doc).rounds[1]?.status).toBe('closed');
  deleteVotingRound(doc, 'r1', f);
  expect(readSession(doc).rounds.map((r) => r.id)).toEqual(['r2']);
  expect(() => openVotingRound(doc, { targetKind: 'step', votesPerPerson: 0 }, f)).toThrow();
});

test('observeSession fires once per transaction and stops when unsubscribed', () => {
  const doc = new Y.Doc();
  const seen: SessionSnapshot[] = [];
  const stop = observeSession(doc, (s) => seen.push(s));
  setPhase(doc, 'mapping', f);
  openVotingRound(doc, { targetKind: 'step', votesPerPerson: 3 }, f);
  expect(seen.map((s) => s.phase)).toEqual(['mapping', 'mapping']);
  stop();
  setLocked(doc, true, f);
  expect(seen).toHaveLength(2);
});

test('observeSession tells this client’s own changes from those it receives', () => {
  const facilitator = new Y.Doc();
  const participant = new Y.Doc();
  const local: boolean[] = [];
  const received: boolean[] = [];
  observeSession(facilitator, (_s, isLocal) => local.push(isLocal));
  observeSession(participant, (s, isLocal) => received.push(isLocal && s.spotlightStepId === 'step-2'));
  setSpotlight(facilitator, 'step-2', f);
  Y.applyUpdate(participant, Y.encodeStateAsUpdate(facilitator));
  expect(local).toEqual([true]);
  expect(readSession(participant).spotlightStepId).toBe('step-2');
  expect(received).toEqual([false]);
});

test('the floor: given to one identity at a time, taken back, in one transaction with the origin', () => {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  giveFloor(doc, 'p-asker', f);
  expect(readSession(doc).floorAuthorId).toBe('p-asker');
  giveFloor(doc, 'p-other', f);
  expect(readFloorHolder(doc)).toBe('p-other');
  takeFloorBack(doc, f);
  expect(readSession(doc).floorAuthorId).toBeNull();
  expect(origins).toEqual([f, f, f]);
  // Taking back a floor nobody holds writes nothing.
  takeFloorBack(doc, f);
  expect(origins).toHaveLength(3);
  // Bad input throws before anything is written.
  expect(() => giveFloor(doc, '', f)).toThrow();
  expect(() => giveFloor(doc, 'x'.repeat(201), f)).toThrow();
  expect(origins).toHaveLength(3);
});

test('changing phase takes the floor back in the same transaction; staying in the phase keeps it', () => {
  const doc = new Y.Doc();
  setPhase(doc, 'qa', f);
  giveFloor(doc, 'p-asker', f);
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  setPhase(doc, 'qa', f);
  expect(readFloorHolder(doc)).toBe('p-asker');
  setPhase(doc, 'wrapup', f);
  expect(readSession(doc)).toMatchObject({ phase: 'wrapup', floorAuthorId: null });
  expect(origins).toEqual([f, f]);
  expect(() => setPhase(doc, 'nope' as never, f)).toThrow();
  expect(readSession(doc).phase).toBe('wrapup');
});

test('a board from before the floor, or a malformed holder, reads as nobody holding it', () => {
  const doc = new Y.Doc();
  expect(readFloorHolder(doc)).toBeNull();
  sessionMap(doc).set('floorAuthorId', { id: 'p-1' });
  expect(readSession(doc).floorAuthorId).toBeNull();
  sessionMap(doc).set('floorAuthorId', '');
  expect(readFloorHolder(doc)).toBeNull();
});

test('only the facilitator may give or take the floor', () => {
  const session = { phase: 'qa', locked: false } as const;
  expect(mayChange('session', 'floorAuthorId', { role: 'facilitator', identity: 'p-f' }, session)).toBeNull();
  expect(mayChange('session', 'floorAuthorId', { role: 'participant', identity: 'p-p' }, session)).toBe(
    'role',
  );
  // Not even the observer it names may write it.
  expect(mayChange('session', 'floorAuthorId', { role: 'observer', identity: 'p-o' }, session)).toBe('role');
});
