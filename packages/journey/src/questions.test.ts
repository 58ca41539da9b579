import { expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  answerQuestion,
  askQuestion,
  deleteAnswer,
  deleteQuestion,
  editQuestion,
  observeQuestions,
  pinQuestion,
  readQuestions,
  setQuestionResolved,
} from './questions';

const author = { authorId: 'u1', authorName: 'Olga', role: 'observer' as const };
let now = 1000;
const clock = () => now++;

test('ask, pin, answer, resolve and delete questions', () => {
  const doc = new Y.Doc();
  const q = askQuestion(
    doc,
    { ...author, text: 'Why is the queue so long?', stepId: 'pr-step-03', id: 'q1' },
    'me',
    clock,
  );
  expect(q).toMatchObject({ id: 'q1', resolved: false, stepId: 'pr-step-03', noteId: null, answers: [] });
  askQuestion(doc, { ...author, text: 'Second', id: 'q2' }, 'me', clock);
  answerQuestion(
    doc,
    {
      questionId: 'q1',
      text: 'Staffing at 9am',
      authorId: 'f',
      authorName: 'Fay',
      role: 'facilitator',
      id: 'a1',
    },
    'me',
    clock,
  );
  answerQuestion(
    doc,
    { questionId: 'q1', text: 'And a phone outage', authorId: 'p', role: 'participant', id: 'a2' },
    'me',
    clock,
  );
  pinQuestion(doc, 'q2', { stepId: null, noteId: 'note-1' }, 'me');
  editQuestion(doc, 'q2', 'Second, edited', 'me');
  setQuestionResolved(doc, 'q1', true, 'me');
  let list = readQuestions(doc);
  expect(list.map((x) => [x.id, x.resolved, x.answers.map((a) => a.id)])).toEqual([
    ['q1', true, ['a1', 'a2']],
    ['q2', false, []],
  ]);
  expect(list[1]).toMatchObject({ text: 'Second, edited', noteId: 'note-1', stepId: null });
  expect(list[0]?.answers[1]).toMatchObject({ authorName: '', role: 'participant' });
  deleteAnswer(doc, 'a2', 'me');
  deleteQuestion(doc, 'q1', 'me');
  list = readQuestions(doc);
  expect(list.map((x) => x.id)).toEqual(['q2']);
  expect(doc.getMap('answers').size).toBe(0);
});

test('validation of questions and answers', () => {
  const doc = new Y.Doc();
  expect(() => askQuestion(doc, { ...author, text: '   ' }, 'me')).toThrow(/expected some text/);
  expect(() => askQuestion(doc, { ...author, role: 'boss' as 'observer', text: 'x' }, 'me')).toThrow(
    /expected one of/,
  );
  expect(() => answerQuestion(doc, { ...author, questionId: 'ghost', text: 'x' }, 'me')).toThrow(
    /no question/,
  );
  expect(() => setQuestionResolved(doc, 'ghost', true, 'me')).toThrow(/no question/);
});

test('malformed entries and orphan answers are skipped; observers get one call per transaction', () => {
  const doc = new Y.Doc();
  doc.getMap('questions').set('junk', 'x');
  const orphan = new Y.Map<unknown>();
  orphan.set('questionId', 'gone');
  doc.getMap('answers').set('orphan', orphan);
  const calls: number[] = [];
  const stop = observeQuestions(doc, (qs) => calls.push(qs.length));
  askQuestion(doc, { ...author, text: 'Valid', id: 'q' }, 'me', clock);
  deleteQuestion(doc, 'q', 'me');
  stop();
  askQuestion(doc, { ...author, text: 'Unseen' }, 'me', clock);
  expect(calls).toEqual([1, 0]);
  expect(readQuestions(doc)).toHaveLength(1);
});
