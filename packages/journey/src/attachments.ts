import * as Y from 'yjs';
import { collection } from './doc';
import { JourneyError } from './errors';
import { newId } from './ids';
import { insertEntity, patchEntity, reposition, requireEntity, siblings, transact } from './mutate';
import {
  ATTACHMENT_PARENTS,
  type Attachment,
  type AttachmentParentField,
  type AttachmentType,
  type BoardSnapshot,
  type Origin,
} from './types';

export { blobHashSchema } from './schema';

/**
 * Evidence on the board: a reference to a blob the relay stored (hash, type, size, pixels), attached to
 * one step, note, persona or question, with a caption that doubles as alt text. The bytes never enter a
 * document; a client adds the reference only once the relay has answered that it stored the blob.
 */

/** What an attachment belongs to. */
export type AttachmentParent =
  | { readonly kind: 'step'; readonly id: string }
  | { readonly kind: 'note'; readonly id: string }
  | { readonly kind: 'persona'; readonly id: string }
  | { readonly kind: 'question'; readonly id: string };

export type AttachmentParentKind = AttachmentParent['kind'];

const FIELD_OF: { readonly [K in AttachmentParentKind]: AttachmentParentField } = {
  step: 'stepId',
  note: 'noteId',
  persona: 'personaId',
  question: 'questionId',
};

export function attachmentParentField(kind: AttachmentParentKind): AttachmentParentField {
  return FIELD_OF[kind];
}

/** The parent an attachment names (exactly one, by its schema). */
export function attachmentParent(attachment: Attachment): AttachmentParent {
  for (const [kind, field] of Object.entries(FIELD_OF) as [AttachmentParentKind, AttachmentParentField][]) {
    const id = attachment[field];
    if (id !== null) return { kind, id };
  }
  throw new JourneyError(`attachment ${attachment.id} has no parent`, '', 'missing');
}

/** The blob as the relay described it after storing it (its upload answer). */
export interface StoredBlob {
  readonly hash: string;
  readonly type: AttachmentType;
  readonly size: number;
  readonly width: number | null;
  readonly height: number | null;
}

export interface AttachmentInput {
  readonly parent: AttachmentParent;
  readonly blob: StoredBlob;
  readonly caption?: string;
  readonly name?: string;
  readonly authorId?: string;
  readonly id?: string;
  readonly index?: number;
}

function onParent(parent: AttachmentParent) {
  const field = FIELD_OF[parent.kind];
  return (fields: Y.Map<unknown>) => fields.get(field) === parent.id;
}

/**
 * Attaches a stored blob. The parent must exist in this document, except a question's, which lives in
 * the `questions` document (the caller checks it there).
 */
export function addAttachment(doc: Y.Doc, input: AttachmentInput, origin: Origin): Attachment {
  return transact(doc, origin, () => {
    const { parent, blob, index } = input;
    if (parent.kind !== 'question') requireEntity(doc, parent.kind, parent.id);
    const fields: Record<string, unknown> & { id: string } = {
      id: input.id ?? newId('file-'),
      stepId: null,
      noteId: null,
      personaId: null,
      questionId: null,
      [FIELD_OF[parent.kind]]: parent.id,
      hash: blob.hash,
      type: blob.type,
      size: blob.size,
      width: blob.width,
      height: blob.height,
      caption: input.caption ?? '',
      name: input.name ?? '',
      authorId: input.authorId ?? '',
    };
    return insertEntity(doc, 'attachment', fields, {
      siblings: siblings(doc, 'attachment', onParent(parent)),
      index,
    });
  });
}

export function setAttachmentCaption(doc: Y.Doc, id: string, caption: string, origin: Origin): Attachment {
  return transact(doc, origin, () => patchEntity(doc, 'attachment', id, { caption }));
}

/** Moves an attachment among its parent's (the viewer's order). */
export function moveAttachment(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () => {
    const map = requireEntity(doc, 'attachment', id);
    const field = ATTACHMENT_PARENTS.find((f) => typeof map.get(f) === 'string');
    if (!field) throw new JourneyError(`attachment ${id} has no parent`, '', 'missing');
    const parentId = map.get(field);
    reposition(
      doc,
      'attachment',
      id,
      siblings(doc, 'attachment', (fields) => fields.get(field) === parentId, id),
      index,
    );
  });
}

export function deleteAttachment(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    const attachments = collection(doc, 'attachment');
    if (!attachments.has(id)) return false;
    attachments.delete(id);
    return true;
  });
}

/**
 * Removes the attachments of the given parents (the declared `onRemove: 'delete'` of each parent link);
 * used inside the transaction that removes them.
 */
export function removeAttachmentsOf(
  doc: Y.Doc,
  field: AttachmentParentField,
  parentIds: ReadonlySet<string>,
): number {
  if (parentIds.size === 0) return 0;
  const attachments = collection(doc, 'attachment');
  let removed = 0;
  for (const [id, value] of [...attachments.entries()]) {
    if (value instanceof Y.Map && parentIds.has(value.get(field) as string)) {
      attachments.delete(id);
      removed += 1;
    }
  }
  return removed;
}

/**
 * Removes a deleted question's attachments. A question lives in the `questions` document and its
 * attachments in `content`, so this is the second half of deleting a question (its own transaction).
 */
export function deleteQuestionAttachments(doc: Y.Doc, questionId: string, origin: Origin): number {
  return transact(doc, origin, () => removeAttachmentsOf(doc, 'questionId', new Set([questionId])));
}

/** A parent's attachments in their order (the board's are sorted by parent, then order). */
export function attachmentsOf(board: BoardSnapshot, parent: AttachmentParent): readonly Attachment[] {
  const field = FIELD_OF[parent.kind];
  return board.attachments.filter((a) => a[field] === parent.id);
}

/** Every blob a board refers to (what an export packs, what a sweep must keep). */
export function referencedBlobs(board: BoardSnapshot): ReadonlySet<string> {
  return new Set(board.attachments.map((a) => a.hash));
}

/** Whether the document holds the attachment with this id (an upload kept across a closed tab may have been attached already). */
export function hasAttachment(doc: Y.Doc, id: string): boolean {
  return collection(doc, 'attachment').has(id);
}

export function isImageAttachment(attachment: Pick<Attachment, 'type'>): boolean {
  return attachment.type.startsWith('image/');
}
