import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, readBoardWithIssues, readQuestions, readSession } from './index';

// Boards stored before the relay judged updates may hold anything a peer wrote. Reading never throws,
// whatever the depth: the web client reads through these.

/** Sets `map[key]` to maps nested `depth` deep, one integrated level at a time (as peers would). */
function chain(map: Y.Map<unknown>, key: string, depth: number): void {
  let inner = new Y.Map<unknown>();
  map.set(key, inner);
  for (let i = 0; i < depth; i++) {
    const next = new Y.Map<unknown>();
    inner.set('deep', next);
    inner = next;
  }
}

function roundTrip(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

it('reads a board whose fields hold maps nested thousands deep, deep JSON and unknown roots', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  const step = [...doc.getMap<Y.Map<unknown>>('steps').values()][0]!;
  chain(step, 'notes', 3000);
  let deep: unknown = 'x';
  for (let i = 0; i < 1000; i++) deep = [deep];
  step.set('description', deep);
  chain(doc.getMap('junk'), 'a', 100);
  const read = readBoardWithIssues(roundTrip(doc));
  expect(read.board.steps.length).toBeGreaterThan(0);
  expect(read.issues.some((issue) => issue.id === step.get('title') || issue.kind === 'step')).toBe(true);
});

it('reads questions and voting rounds holding deep maps', () => {
  const questions = new Y.Doc();
  const question = new Y.Map<unknown>();
  questions.getMap('questions').set('q1', question);
  chain(question, 'text', 3000);
  expect(readQuestions(roundTrip(questions))).toEqual([]);
  const session = new Y.Doc();
  const round = new Y.Map<unknown>();
  session.getMap('votingRounds').set('r1', round);
  chain(round, 'title', 3000);
  session.getMap('session').set('timer', { deep: [[[[['x']]]]] });
  expect(readSession(roundTrip(session)).rounds).toEqual([]);
});
