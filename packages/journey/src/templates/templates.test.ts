import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { journeySteps, readBoard } from '../read';
import { TEMPLATES } from './index';

function stepsOf(id: keyof typeof TEMPLATES) {
  const doc = new Y.Doc();
  createBoard(doc, id);
  const board = readBoard(doc);
  return { board, steps: journeySteps(board, 'journey-current') };
}

describe('templates', () => {
  test('password reset: the eleven actual steps, each with a channel, an emotion and a score', () => {
    const { board, steps } = stepsOf('password-reset');
    expect(steps).toHaveLength(11);
    for (const step of steps) {
      expect(step.channelId).not.toBeNull();
      expect(step.emotion).not.toBeNull();
      expect(step.score).not.toBeNull();
      expect(step.owner).not.toBe('');
    }
    const channel = (i: number) => board.channels.find((c) => c.id === steps[i]!.channelId)?.name;
    expect([channel(2), channel(3), channel(9), channel(10)]).toEqual([
      'Phone',
      'Self-service portal',
      'Email',
      'Phone',
    ]);
    expect(steps[9]?.description).toMatch(/locked out/);
    expect(Math.min(...steps.map((s) => s.score!))).toBe(1);
    expect(steps[9]?.score).toBe(1);
  });

  test('onboarding: from applying to the first weeks, with HR, Facilities and IT owning touchpoints', () => {
    const { board, steps } = stepsOf('onboarding');
    expect(board.meta.title).toBe('My new job');
    expect(board.meta.targetScore).toBe(7);
    expect(steps[0]?.title).toMatch(/Applies/);
    expect(board.stages.map((s) => s.title)).toEqual([
      'Applying',
      'Before day one',
      'First day',
      'First weeks',
    ]);
    const owners = steps.map((s) => s.owner).join(' ');
    for (const dept of ['HR', 'Facilities', 'IT']) expect(owners).toContain(dept);
  });

  test('support experience: doing, thinking, feeling, people, systems and time on every step', () => {
    const { board, steps } = stepsOf('support-experience');
    expect(steps).toHaveLength(9);
    for (const s of steps) {
      expect([s.doing, s.thinking, s.feeling].every((t) => t.length > 0)).toBe(true);
      expect(s.people.length).toBeGreaterThan(0);
      expect(s.systems.length).toBeGreaterThan(0);
      expect(s.durationMinutes).toBeGreaterThan(0);
    }
    expect(board.lanes.map((l) => l.kind)).toContain('people-systems');
  });

  test('every template references only its own channels, lanes, steps and notes', () => {
    for (const t of Object.values(TEMPLATES)) {
      const channels = new Set(t.channels.map((c) => c.id));
      const lanes = new Set(t.lanes.map((l) => l.id));
      const steps = new Set(t.journeys.flatMap((j) => j.stages.flatMap((s) => s.steps.map((x) => x.id))));
      const notes = new Set(t.notes.map((n) => n.id));
      for (const j of t.journeys)
        for (const s of j.stages)
          for (const x of s.steps) if (x.channelId) expect(channels).toContain(x.channelId);
      for (const n of t.notes) {
        expect(steps).toContain(n.stepId);
        expect(lanes).toContain(n.laneId);
      }
      for (const o of t.opportunities) {
        for (const id of o.stepIds ?? []) expect(steps).toContain(id);
        for (const id of o.noteIds ?? []) expect(notes).toContain(id);
      }
      for (const p of t.personas) for (const c of p.preferredChannelIds ?? []) expect(channels).toContain(c);
    }
  });
});
