import { type Actor, createBoard, type DocName, readBoard, type SessionState } from '@journeyboard/journey';
import * as Y from 'yjs';
import { RoomAuthority } from '../sync/authority/room-authority';
import { RoomState } from '../sync/room-state';

/** Who sends an update, and the session it is judged in, for tests of the relay's judge. */
export const FACILITATOR: Actor = { role: 'facilitator', identity: 'u-facilitator' };
export const ALICE: Actor = { role: 'participant', identity: 'u-alice' };
export const OBSERVER: Actor = { role: 'observer', identity: 'u-observer' };
export const MAPPING: SessionState = { phase: 'mapping', locked: false };
export const LOCKED: SessionState = { phase: 'mapping', locked: true };
export const QA: SessionState = { phase: 'qa', locked: false };

/** A room as the relay holds it (bytes and an authority), and clients that edit a copy of it. */
export function judgedRoom(doc: DocName, seed: (d: Y.Doc) => void) {
  const source = new Y.Doc();
  seed(source);
  const state = RoomState.fromStored(Y.encodeStateAsUpdate(source), []);
  const authority = new RoomAuthority(doc, () => state.encodeState());
  return {
    state,
    /** A client's copy, synced now. */
    client(): Y.Doc {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, state.encodeState());
      return copy;
    },
    /** What `edit` sends from a fresh copy, judged as `actor` would be. */
    attempt(actor: Actor, session: SessionState, edit: (d: Y.Doc) => void) {
      const copy = this.client();
      const updates: Uint8Array[] = [];
      copy.on('update', (u: Uint8Array) => updates.push(u));
      edit(copy);
      const update = Y.mergeUpdates(updates);
      return state.apply(update, authority.judgeFor({ actor, session }));
    },
    board() {
      return readBoard(this.client());
    },
  };
}

/** The refusal of a refused update; null when it was taken (or brought nothing new). */
export const refusal = (outcome: ReturnType<RoomState['apply']>) =>
  outcome.kind === 'refused' ? outcome.refusal : null;

/** A content room holding the `password-reset` template's board. */
export function contentRoom() {
  return judgedRoom('content', (d) => createBoard(d, 'password-reset'));
}
