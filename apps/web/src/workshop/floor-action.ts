import { giveFloor, type Question, type Role, takeFloorBack } from '@journeyboard/journey';
import type * as Y from 'yjs';
import { canGiveFloor } from '../board/permissions';
import type { MessageKey } from '../i18n/i18n';

/**
 * "Give the floor" / "Take the floor back" on a question: what the facilitator is offered for its author,
 * as data, and running it. Only an observer's question offers it (participants' pointers are shown
 * anyway), and only to whom the relay lets write the session's `floorAuthorId`.
 */
export type FloorAction =
  | {
      readonly kind: 'give';
      readonly authorId: string;
      readonly labelKey: MessageKey;
      readonly ariaKey: MessageKey;
    }
  | { readonly kind: 'take'; readonly labelKey: MessageKey; readonly ariaKey: MessageKey };

export function floorActionFor(
  question: Pick<Question, 'role' | 'authorId'>,
  role: Role,
  holder: string | null,
): FloorAction | null {
  if (!canGiveFloor(role) || question.role !== 'observer' || !question.authorId) return null;
  if (holder === question.authorId)
    return { kind: 'take', labelKey: 'workshop.floor.take', ariaKey: 'workshop.floor.take-label' };
  return {
    kind: 'give',
    authorId: question.authorId,
    labelKey: 'workshop.floor.give',
    ariaKey: 'workshop.floor.give-label',
  };
}

/** One transaction with the user's origin; a refusal comes back as the error, never thrown into React. */
export function runFloorAction(doc: Y.Doc, action: FloorAction, origin: object): unknown {
  try {
    if (action.kind === 'give') giveFloor(doc, action.authorId, origin);
    else takeFloorBack(doc, origin);
    return null;
  } catch (error) {
    return error;
  }
}

/** The name to show for the floor holder: the name on their latest question, if any. */
export function floorHolderName(
  questions: readonly Pick<Question, 'authorId' | 'authorName' | 'createdAt'>[],
  holder: string | null,
): string | null {
  if (!holder) return null;
  let name: string | null = null;
  let at = Number.NEGATIVE_INFINITY;
  for (const q of questions) {
    if (q.authorId === holder && q.authorName && q.createdAt >= at) {
      name = q.authorName;
      at = q.createdAt;
    }
  }
  return name;
}
