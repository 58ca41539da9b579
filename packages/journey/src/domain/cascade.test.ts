import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CascadeSource, planRemoval, relinkedCount, removedCount } from './cascade';
import type { DeclaredKind } from './entity-declaration';

type Entries = Partial<Record<DeclaredKind, Record<string, Record<string, unknown>>>>;

function sourceOf(board: Entries): CascadeSource {
  return {
    *entries(kind) {
      for (const [id, fields] of Object.entries(board[kind] ?? {}))
        yield [id, (f: string) => fields[f]] as const;
    },
  };
}

const board: Entries = {
  meta: { '': { personaId: 'p1' } },
  journey: { j1: { forkedFromId: null }, j2: { forkedFromId: 'j1' } },
  stage: { s1: { journeyId: 'j1' } },
  step: {
    a: { journeyId: 'j1', stageId: 's1', channelId: 'c1' },
    b: { journeyId: 'j1', stageId: null, channelId: 'c1' },
    c: { journeyId: 'j2', stageId: null, channelId: null },
  },
  channel: { c1: {} },
  lane: { l1: {}, l2: {} },
  note: {
    n1: { stepId: 'a', laneId: 'l1' },
    n2: { stepId: 'b', laneId: 'l2' },
    n3: { stepId: 'c', laneId: 'l1' },
  },
  rating: { 'a:x': { stepId: 'a' } },
  persona: { p1: { preferredChannelIds: ['c1', 'c2'] } },
  opportunity: { o1: { stepIds: ['a', 'b'], noteIds: ['n2'] } },
};

describe('planRemoval', () => {
  it('removes a step with its notes, leaves its ratings to the relay and unlinks opportunities', () => {
    const plan = planRemoval([{ kind: 'step', id: 'a' }], sourceOf(board));
    expect([...(plan.deleted.get('step') ?? [])]).toEqual(['a']);
    expect([...(plan.deleted.get('note') ?? [])]).toEqual(['n1']);
    expect([...(plan.orphaned.get('rating') ?? [])]).toEqual(['a:x']);
    expect(plan.deleted.has('rating')).toBe(false);
    expect(plan.unlinked).toEqual([{ kind: 'opportunity', id: 'o1', field: 'stepIds', remaining: ['b'] }]);
    expect(plan.nullified).toEqual([]);
  });

  it('clears what only refers to a channel and keeps the steps', () => {
    const plan = planRemoval([{ kind: 'channel', id: 'c1' }], sourceOf(board));
    expect(removedCount(plan, 'step')).toBe(0);
    expect(plan.nullified).toEqual([
      { kind: 'step', id: 'a', field: 'channelId' },
      { kind: 'step', id: 'b', field: 'channelId' },
    ]);
    expect(plan.unlinked).toEqual([
      { kind: 'persona', id: 'p1', field: 'preferredChannelIds', remaining: ['c2'] },
    ]);
    expect(relinkedCount(plan, 'step')).toBe(2);
  });

  it('goes through every delete link transitively (journey → stages, steps → notes)', () => {
    const plan = planRemoval([{ kind: 'journey', id: 'j1' }], sourceOf(board));
    expect(removedCount(plan, 'stage')).toBe(1);
    expect(removedCount(plan, 'step')).toBe(2);
    expect(removedCount(plan, 'note')).toBe(2);
    expect(removedCount(plan, 'rating')).toBe(1);
    // The fork loses its link; deleted steps are not also "nullified" for their stage.
    expect(plan.nullified).toEqual([{ kind: 'journey', id: 'j2', field: 'forkedFromId' }]);
    expect(plan.unlinked).toEqual([
      { kind: 'opportunity', id: 'o1', field: 'stepIds', remaining: [] },
      { kind: 'opportunity', id: 'o1', field: 'noteIds', remaining: [] },
    ]);
  });

  it('clears a singleton link (the board persona)', () => {
    const plan = planRemoval([{ kind: 'persona', id: 'p1' }], sourceOf(board));
    expect(plan.nullified).toEqual([{ kind: 'meta', id: '', field: 'personaId' }]);
  });

  it('never leaves a dangling link behind, whatever the board', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    const arb = fc.record({
      steps: fc.dictionary(
        ids,
        fc.record({ journeyId: fc.constantFrom('j1', 'j2'), stageId: fc.option(ids) }),
      ),
      notes: fc.dictionary(
        fc.string({ maxLength: 3 }),
        fc.record({ stepId: ids, laneId: fc.constantFrom('l1', 'l2') }),
      ),
      opportunities: fc.dictionary(
        ids,
        fc.record({ stepIds: fc.array(ids), noteIds: fc.array(fc.string({ maxLength: 3 })) }),
      ),
      target: fc.oneof(
        fc.record({ kind: fc.constant<DeclaredKind>('step'), id: ids }),
        fc.record({ kind: fc.constant<DeclaredKind>('lane'), id: fc.constantFrom('l1', 'l2') }),
        fc.record({ kind: fc.constant<DeclaredKind>('journey'), id: fc.constantFrom('j1', 'j2') }),
      ),
    });
    fc.assert(
      fc.property(arb, ({ steps, notes, opportunities, target }) => {
        const entries: Entries = {
          journey: { j1: {}, j2: {} },
          lane: { l1: {}, l2: {} },
          step: steps,
          note: notes,
          opportunity: opportunities,
        };
        const plan = planRemoval([target], sourceOf(entries));
        const gone = (kind: DeclaredKind, id: unknown) => plan.deleted.get(kind)?.has(id as string) ?? false;
        for (const [id, note] of Object.entries(notes)) {
          if (gone('step', note.stepId) || gone('lane', note.laneId)) expect(gone('note', id)).toBe(true);
        }
        for (const [id, step] of Object.entries(steps)) {
          if (gone('journey', step.journeyId)) expect(gone('step', id)).toBe(true);
        }
        for (const change of plan.unlinked) {
          for (const left of change.remaining) {
            expect(gone(change.field === 'stepIds' ? 'step' : 'note', left)).toBe(false);
          }
        }
        // Nothing is removed that no delete link reaches.
        for (const [kind, set] of plan.deleted) {
          for (const id of set) {
            const reached =
              (kind === target.kind && id === target.id) ||
              (kind === 'note' && (gone('step', notes[id]?.stepId) || gone('lane', notes[id]?.laneId))) ||
              (kind === 'step' && gone('journey', steps[id]?.journeyId));
            expect(reached).toBe(true);
          }
        }
      }),
    );
  });
});
