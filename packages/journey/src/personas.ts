import type * as Y from 'yjs';
import { removeAttachmentsOf } from './attachments';
import { metaMap } from './doc';
import { newId } from './ids';
import {
  everything,
  insertEntity,
  patchEntity,
  removeEntity,
  reposition,
  siblings,
  transact,
} from './mutate';
import type { Origin, Persona } from './types';

export type PersonaFields = Omit<Persona, 'id' | 'order'>;

export interface PersonaInput extends Partial<PersonaFields> {
  readonly name: string;
  readonly id?: string;
  readonly index?: number;
}

export type PersonaPatch = Partial<PersonaFields>;

export function addPersona(doc: Y.Doc, input: PersonaInput, origin: Origin): Persona {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    return insertEntity(
      doc,
      'persona',
      { ...fields, id: fields.id ?? newId('persona-') },
      { siblings: siblings(doc, 'persona', everything), index },
    );
  });
}

export function updatePersona(doc: Y.Doc, id: string, patch: PersonaPatch, origin: Origin): Persona {
  return transact(doc, origin, () => patchEntity(doc, 'persona', id, patch));
}

export function movePersona(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () =>
    reposition(doc, 'persona', id, siblings(doc, 'persona', everything, id), index),
  );
}

/** Deletes the persona; if the board's journey was mapped for it (journey-persona.ts), that link goes too. */
export function deletePersona(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (metaMap(doc).get('personaId') === id) metaMap(doc).delete('personaId');
    removeAttachmentsOf(doc, 'personaId', new Set([id]));
    return removeEntity(doc, 'persona', id);
  });
}
