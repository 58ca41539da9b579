import {
  addAttachment,
  addNote,
  addStep,
  createBoard,
  deleteAttachment,
  deleteLane,
  deleteNote,
  deleteStep,
  setAttachmentCaption,
  setRating,
  updateChannel,
  updateMeta,
  updateOpportunity,
  updateStep,
} from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ALICE,
  contentRoom,
  FACILITATOR,
  judgedRoom,
  LOCKED,
  MAPPING,
  OBSERVER,
  refusal,
} from '../../test-support/judged-room';
import { RoomAuthority } from './room-authority';

// The content document: the map's entries and fields, and evidence. The questions and session documents
// are update-judge-questions-session.test.ts.

describe('the relay judges content updates by the declared rules', () => {
  it('lets participants add and edit steps and notes, and stores them', () => {
    const r = contentRoom();
    const stepId = r.board().steps[0]!.id;
    const laneId = r.board().lanes[0]!.id;
    const added = r.attempt(ALICE, MAPPING, (d) =>
      addStep(d, { id: 'step-new', journeyId: 'journey-current', title: 'Calls the desk' }, 'me'),
    );
    expect(added.kind).toBe('accepted');
    expect(r.attempt(ALICE, MAPPING, (d) => updateStep(d, 'step-new', { title: 'Calls' }, 'me')).kind).toBe(
      'accepted',
    );
    const note = r.attempt(ALICE, MAPPING, (d) =>
      addNote(d, { id: 'note-a', stepId, laneId, text: 'slow', authorId: 'u-alice' }, 'me'),
    );
    expect(note.kind).toBe('accepted');
    expect(r.board().steps.find((s) => s.id === 'step-new')?.title).toBe('Calls');
    expect(r.board().notes.find((n) => n.id === 'note-a')?.text).toBe('slow');
  });

  it('refuses structure and the frame from participants: journey title, channels, lanes', () => {
    const r = contentRoom();
    const channel = r.board().channels[0]!;
    const lane = r.board().lanes[0]!;
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => updateMeta(d, { title: 'Hacked' }, 'me')))).toEqual({
      code: 'role',
      path: 'meta.title',
    });
    expect(
      refusal(r.attempt(ALICE, MAPPING, (d) => updateChannel(d, channel.id, { name: 'X' }, 'me'))),
    ).toEqual({ code: 'role', path: 'channel.name' });
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => deleteLane(d, lane.id, 'me')))?.code).toBe('role');
    // Nothing of a refused update was taken.
    expect(r.board().meta.title).not.toBe('Hacked');
    expect(r.board().lanes.map((l) => l.id)).toContain(lane.id);
    // The facilitator may.
    expect(r.attempt(FACILITATOR, MAPPING, (d) => updateMeta(d, { title: 'Renamed' }, 'me')).kind).toBe(
      'accepted',
    );
    expect(r.board().meta.title).toBe('Renamed');
  });

  it('keeps the consensus score, moments of truth and opportunity votes for the facilitator', () => {
    const r = contentRoom();
    const step = r.board().steps[0]!;
    const opportunity = r.board().opportunities[0]!;
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => updateStep(d, step.id, { score: 2 }, 'me')))).toEqual({
      code: 'role',
      path: 'step.score',
    });
    expect(
      refusal(
        r.attempt(ALICE, MAPPING, (d) =>
          updateStep(d, step.id, { momentOfTruth: !step.momentOfTruth }, 'me'),
        ),
      ),
    ).toEqual({ code: 'role', path: 'step.momentOfTruth' });
    expect(
      refusal(r.attempt(ALICE, MAPPING, (d) => updateOpportunity(d, opportunity.id, { votes: 999 }, 'me'))),
    ).toEqual({ code: 'role', path: 'opportunity.votes' });
    expect(r.attempt(FACILITATOR, MAPPING, (d) => updateStep(d, step.id, { score: 2 }, 'me')).kind).toBe(
      'accepted',
    );
  });

  it('refuses every write from an observer, and participants while locked', () => {
    const r = contentRoom();
    const step = r.board().steps[0]!;
    expect(
      refusal(r.attempt(OBSERVER, MAPPING, (d) => updateStep(d, step.id, { title: 'x' }, 'me')))?.code,
    ).toBe('role');
    expect(refusal(r.attempt(ALICE, LOCKED, (d) => updateStep(d, step.id, { title: 'x' }, 'me')))?.code).toBe(
      'locked',
    );
    expect(r.attempt(FACILITATOR, LOCKED, (d) => updateStep(d, step.id, { title: 'x' }, 'me')).kind).toBe(
      'accepted',
    );
  });

  it('refuses every client write to ratings: they are ballots the relay holds', () => {
    const r = contentRoom();
    const stepId = r.board().steps[0]!.id;
    for (const actor of [ALICE, FACILITATOR]) {
      const outcome = r.attempt(actor, MAPPING, (d) =>
        setRating(d, { stepId, participantId: actor.identity!, score: 3 }, 'me'),
      );
      expect(refusal(outcome)).toEqual({ code: 'relay_only', path: 'rating' });
    }
    expect(r.board().ratings).toEqual([]);
  });

  it('refuses notes written in someone else’s name', () => {
    const r = contentRoom();
    const { steps, lanes } = r.board();
    const forged = r.attempt(ALICE, MAPPING, (d) =>
      addNote(d, { stepId: steps[0]!.id, laneId: lanes[0]!.id, text: 'x', authorId: 'u-bob' }, 'me'),
    );
    expect(refusal(forged)).toEqual({ code: 'identity', path: 'note.authorId' });
  });

  it('refuses unknown roots, unknown fields, wrong types and nesting past the schema', () => {
    const r = contentRoom();
    const step = r.board().steps[0]!;
    expect(refusal(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('junk').set('a', 'b')))).toEqual({
      code: 'unknown_root',
      path: 'junk',
    });
    const stepMap = (d: Y.Doc) => d.getMap('steps').get(step.id) as Y.Map<unknown>;
    expect(refusal(r.attempt(FACILITATOR, MAPPING, (d) => stepMap(d).set('evil', 1)))?.code).toBe(
      'unknown_field',
    );
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => stepMap(d).set('title', 42)))).toEqual({
      code: 'schema',
      path: 'step.title',
    });
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => stepMap(d).set('notes', new Y.Map())))).toEqual({
      code: 'too_deep',
      path: 'step.notes',
    });
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => stepMap(d).set('notes', new Y.Text('x'))))?.code).toBe(
      'too_deep',
    );
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => d.getMap('steps').set('s2', 'not a map')))?.code).toBe(
      'wrong_type',
    );
    let deep: unknown = 'x';
    for (let i = 0; i < 400; i++) deep = { deep };
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => stepMap(d).set('notes', deep)))?.code).toBe('schema');
  });

  it('validates a new entry whole', () => {
    const r = contentRoom();
    const bad = r.attempt(ALICE, MAPPING, (d) => {
      const m = new Y.Map<unknown>();
      m.set('title', 'no journey, no order');
      d.getMap('steps').set('step-bad', m);
    });
    expect(refusal(bad)?.code).toBe('schema');
  });

  it('judges deletions: participants delete steps (with their notes), not lanes', () => {
    const r = contentRoom();
    const note = r.board().notes[0]!;
    expect(r.attempt(ALICE, MAPPING, (d) => deleteStep(d, note.stepId, 'me')).kind).toBe('accepted');
    expect(r.board().steps.some((s) => s.id === note.stepId)).toBe(false);
    expect(r.board().notes.some((n) => n.id === note.id)).toBe(false);
    expect(r.attempt(ALICE, MAPPING, (d) => deleteNote(d, r.board().notes[0]!.id, 'me')).kind).toBe(
      'accepted',
    );
  });

  it('refuses updates that build on changes the relay does not have', () => {
    const r = contentRoom();
    const step = r.board().steps[0]!;
    const copy = r.client();
    // A change the relay never accepted, then one building on it.
    updateStep(copy, step.id, { title: 'first' }, 'me');
    const updates: Uint8Array[] = [];
    copy.on('update', (u: Uint8Array) => updates.push(u));
    updateStep(copy, step.id, { title: 'second' }, 'me');
    const outcome = r.state.apply(
      updates[0]!,
      new RoomAuthority('content', () => r.state.encodeState()).judgeFor({
        actor: ALICE,
        session: MAPPING,
      }),
    );
    expect(refusal(outcome)?.code).toBe('unknown_reference');
  });
});

describe('the relay judges evidence (attachments) like notes', () => {
  const blob = { hash: 'a'.repeat(64), type: 'image/png', size: 10, width: 4, height: 3 } as const;
  const attach = (id: string, authorId: string) => (d: Y.Doc) =>
    addAttachment(
      d,
      { id, parent: { kind: 'step', id: 'step-x' }, blob, authorId, caption: 'Lock-out' },
      'me',
    );
  function withStep() {
    return judgedRoom('content', (d) => {
      createBoard(d, 'password-reset');
      addStep(d, { id: 'step-x', journeyId: 'journey-current' }, 'seed');
    });
  }

  it('lets the facilitator and participants attach, caption and remove; observers nothing', () => {
    const r = withStep();
    expect(r.attempt(ALICE, MAPPING, attach('file-a', 'u-alice')).kind).toBe('accepted');
    expect(r.attempt(FACILITATOR, MAPPING, attach('file-f', 'u-facilitator')).kind).toBe('accepted');
    expect(r.attempt(ALICE, MAPPING, (d) => setAttachmentCaption(d, 'file-f', 'Error page', 'me')).kind).toBe(
      'accepted',
    );
    expect(refusal(r.attempt(OBSERVER, MAPPING, attach('file-o', 'u-observer')))?.code).toBe('role');
    expect(refusal(r.attempt(OBSERVER, MAPPING, (d) => deleteAttachment(d, 'file-a', 'me')))?.code).toBe(
      'role',
    );
    expect(r.attempt(ALICE, MAPPING, (d) => deleteAttachment(d, 'file-a', 'me')).kind).toBe('accepted');
    expect(r.board().attachments.map((a) => [a.id, a.caption])).toEqual([['file-f', 'Error page']]);
  });

  it('refuses participants while the board is locked', () => {
    const r = withStep();
    expect(refusal(r.attempt(ALICE, LOCKED, attach('file-a', 'u-alice')))).toEqual({
      code: 'locked',
      path: 'attachment',
    });
    expect(r.attempt(FACILITATOR, LOCKED, attach('file-f', 'u-facilitator')).kind).toBe('accepted');
    expect(refusal(r.attempt(ALICE, LOCKED, (d) => setAttachmentCaption(d, 'file-f', 'x', 'me')))?.code).toBe(
      'locked',
    );
  });

  it("refuses someone else's name as author, a changed blob or parent, and a bad hash", () => {
    const r = withStep();
    expect(refusal(r.attempt(ALICE, MAPPING, attach('file-a', 'u-bob')))?.code).toBe('identity');
    expect(r.attempt(ALICE, MAPPING, attach('file-a', 'u-alice')).kind).toBe('accepted');
    const edit = (field: string, value: unknown) => (d: Y.Doc) =>
      (d.getMap('attachments').get('file-a') as Y.Map<unknown>).set(field, value);
    // Immutable fields are refused with the identity code (what they are never changes).
    expect(refusal(r.attempt(ALICE, MAPPING, edit('hash', 'b'.repeat(64))))).toEqual({
      code: 'identity',
      path: 'attachment.hash',
    });
    expect(refusal(r.attempt(FACILITATOR, MAPPING, edit('stepId', 'step-other')))?.path).toBe(
      'attachment.stepId',
    );
    const raw = (fields: Record<string, unknown>) => (d: Y.Doc) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      d.getMap('attachments').set('file-raw', entry);
    };
    const valid = { stepId: 'step-x', ...blob, order: 'a0', authorId: 'u-alice' };
    expect(refusal(r.attempt(ALICE, MAPPING, raw({ ...valid, hash: '../../etc' })))?.code).toBe('schema');
    expect(refusal(r.attempt(ALICE, MAPPING, raw({ ...valid, type: 'image/svg+xml' })))?.code).toBe('schema');
    expect(refusal(r.attempt(ALICE, MAPPING, raw({ ...valid, noteId: 'note-1' })))?.code).toBe('schema');
    expect(r.attempt(ALICE, MAPPING, raw(valid)).kind).toBe('accepted');
  });
});
