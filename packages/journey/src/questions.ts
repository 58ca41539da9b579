import * as Y from 'yjs';
import type * as z from 'zod/mini';
import { readFields } from './doc';
import { JourneyError } from './errors';
import { deepFreeze } from './freeze';
import { newId } from './ids';
import {
  ANSWERS_MAP,
  type Answer,
  type Author,
  answerSchema,
  QUESTIONS_MAP,
  type Question,
  questionSchema,
  questionTextSchema,
} from './question-schema';
import { removeCascading } from './remove';
import type { Clock } from './session';
import type { Origin } from './types';

// Operations on the `questions` document (its shapes: question-schema.ts).

const systemClock: Clock = () => Date.now();

function questionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(QUESTIONS_MAP);
}
function answersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ANSWERS_MAP);
}

function parse<T>(schema: z.ZodMiniType<T>, candidate: unknown): T {
  const result = schema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new JourneyError(issue?.message ?? 'invalid', issue?.path.join('.') ?? '');
  }
  return result.data;
}

function toMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (key !== 'id') map.set(key, value);
  return map;
}

/** Author fields as given by a caller; the display name may be left out. */
export interface AuthorInput extends Omit<Author, 'authorName'> {
  readonly authorName?: string;
}

export interface QuestionInput extends AuthorInput {
  readonly text: string;
  readonly stepId?: string | null;
  readonly noteId?: string | null;
  readonly id?: string;
}

export function askQuestion(
  doc: Y.Doc,
  input: QuestionInput,
  origin: Origin,
  clock: Clock = systemClock,
): Question {
  const question = parse(questionSchema, {
    ...input,
    id: input.id ?? newId('question-'),
    resolved: false,
    createdAt: clock(),
  });
  doc.transact(() => questionsMap(doc).set(question.id, toMap(question)), origin);
  return deepFreeze({ ...question, answers: [] });
}

export function editQuestion(doc: Y.Doc, id: string, newText: string, origin: Origin): void {
  const value = parse(questionTextSchema, newText);
  const map = questionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new JourneyError(`no question ${id}`, '', 'missing');
  doc.transact(() => map.set('text', value), origin);
}

export function setQuestionResolved(doc: Y.Doc, id: string, resolved: boolean, origin: Origin): void {
  const map = questionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new JourneyError(`no question ${id}`, '', 'missing');
  doc.transact(() => map.set('resolved', resolved), origin);
}

/** Pins the question to a step or a note (or unpins it with nulls). */
export function pinQuestion(
  doc: Y.Doc,
  id: string,
  pin: { stepId: string | null; noteId: string | null },
  origin: Origin,
): void {
  const map = questionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new JourneyError(`no question ${id}`, '', 'missing');
  doc.transact(() => {
    map.set('stepId', pin.stepId);
    map.set('noteId', pin.noteId);
  }, origin);
}

/** Deletes a question and its answers in one transaction. */
export function deleteQuestion(doc: Y.Doc, id: string, origin: Origin): void {
  doc.transact(() => removeCascading(doc, [{ kind: 'question', id }]), origin);
}

export interface AnswerInput extends AuthorInput {
  readonly questionId: string;
  readonly text: string;
  readonly id?: string;
}

export function answerQuestion(
  doc: Y.Doc,
  input: AnswerInput,
  origin: Origin,
  clock: Clock = systemClock,
): Answer {
  if (!(questionsMap(doc).get(input.questionId) instanceof Y.Map)) {
    throw new JourneyError(`no question ${input.questionId}`, '', 'missing');
  }
  const answer = parse(answerSchema, { ...input, id: input.id ?? newId('answer-'), createdAt: clock() });
  doc.transact(() => answersMap(doc).set(answer.id, toMap(answer)), origin);
  return deepFreeze(answer);
}

export function deleteAnswer(doc: Y.Doc, id: string, origin: Origin): void {
  doc.transact(() => answersMap(doc).delete(id), origin);
}

const byTime = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** All valid questions with their answers, oldest first. Malformed entries and orphan answers are skipped. */
export function readQuestions(doc: Y.Doc): readonly Question[] {
  const answers = new Map<string, Answer[]>();
  for (const [id, value] of answersMap(doc).entries()) {
    const parsed = answerSchema.safeParse(value instanceof Y.Map ? { ...readFields(value), id } : undefined);
    if (!parsed.success) continue;
    const list = answers.get(parsed.data.questionId) ?? [];
    list.push(parsed.data);
    answers.set(parsed.data.questionId, list);
  }
  const questions: Question[] = [];
  for (const [id, value] of questionsMap(doc).entries()) {
    const parsed = questionSchema.safeParse(
      value instanceof Y.Map ? { ...readFields(value), id } : undefined,
    );
    if (parsed.success) questions.push({ ...parsed.data, answers: (answers.get(id) ?? []).sort(byTime) });
  }
  return deepFreeze(questions.sort(byTime));
}

export function observeQuestions(doc: Y.Doc, listener: (questions: readonly Question[]) => void): () => void {
  let last: Y.Transaction | null = null;
  const handler = (_events: unknown, tr: Y.Transaction) => {
    if (tr === last) return;
    last = tr;
    listener(readQuestions(doc));
  };
  questionsMap(doc).observeDeep(handler);
  answersMap(doc).observeDeep(handler);
  return () => {
    questionsMap(doc).unobserveDeep(handler);
    answersMap(doc).unobserveDeep(handler);
  };
}
