import * as z from 'zod/mini';
import { ROLES, type Role } from './contract';
import { nullOr, orDefault } from './schema';

// The `questions` document: stakeholders' questions during the read-out and Q&A. Each question and
// each answer is its own map of fields, so an answer added while someone resolves the question merges.
// Its shapes live here, apart from the operations, so the domain declaration can take the schemas
// without importing the operations (which import the domain's cascade).

export const QUESTIONS_MAP = 'questions';
export const ANSWERS_MAP = 'answers';

export interface Author {
  readonly authorId: string;
  readonly authorName: string;
  readonly role: Role;
}

export interface Answer extends Author {
  readonly id: string;
  readonly questionId: string;
  readonly text: string;
  readonly createdAt: number;
}

export interface Question extends Author {
  readonly id: string;
  readonly text: string;
  /** The step or sticky note the question is pinned to, if any. */
  readonly stepId: string | null;
  readonly noteId: string | null;
  readonly resolved: boolean;
  readonly createdAt: number;
  /** Oldest first. */
  readonly answers: readonly Answer[];
}

const nonEmpty = () => z.string().check(z.minLength(1));

/** A question's or an answer's text. */
export const questionTextSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: 'expected some text' }),
    z.maxLength(5000, { error: 'text is too long (max 5000)' }),
  );
const author = {
  authorId: z.string().check(z.minLength(1, { error: 'expected an author id' }), z.maxLength(200)),
  authorName: orDefault(z.string().check(z.maxLength(200)), ''),
  role: z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` }),
};
export const questionSchema = z.object({
  id: nonEmpty(),
  text: questionTextSchema,
  ...author,
  stepId: nullOr(nonEmpty()),
  noteId: nullOr(nonEmpty()),
  resolved: orDefault(z.boolean(), false),
  createdAt: z.number(),
});
export const answerSchema = z.object({
  id: nonEmpty(),
  questionId: nonEmpty(),
  text: questionTextSchema,
  ...author,
  createdAt: z.number(),
});
