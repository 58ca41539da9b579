import {
  type ContentLanguage,
  createBoard,
  DEFAULT_CONTENT_LANGUAGE,
  isTemplateId,
  type TemplateId,
  updateMeta,
} from '@journeyboard/journey';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Bus } from '../cluster/bus';
import { generateBoardId, generateKey, generateKeys, hashKey, roleForKey } from '../keys';
import { type BoardRecord, DOC_NAMES, type DocName, type Role, roomName, type Store } from '../storage/store';
import type { RoomManager } from '../sync/room-manager';
import type { RetiredKeys } from './retired-keys';

export const RELAY_ORIGIN = 'journeyboard:relay';

export interface CreatedBoard {
  board: BoardRecord;
  keys: Record<Role, string>;
}

export type Authorization =
  | { ok: true; board: BoardRecord; role: Role }
  | { ok: false; reason: 'unknown_board' | 'bad_key' | 'rotated_key' };

export class UnknownTemplateError extends Error {
  constructor(readonly template: string) {
    super(`unknown template "${template}"`);
  }
}

/** Board lifecycle shared by the HTTP API and the first-start demo board. */
export class BoardService {
  constructor(
    private readonly store: Store,
    private readonly rooms: RoomManager,
    private readonly bus: Bus,
    private readonly logger: Logger,
    private readonly retiredKeys: RetiredKeys,
  ) {}

  /** Creates a board whose documents start from the given states (a template, or an import). */
  async createFromDocs(title: string, docs: Partial<Record<DocName, Y.Doc>>): Promise<CreatedBoard> {
    const updates: Partial<Record<DocName, Uint8Array>> = {};
    for (const name of DOC_NAMES) {
      const doc = docs[name];
      if (doc) updates[name] = Y.encodeStateAsUpdate(doc);
    }
    return this.createFromUpdates(title, updates);
  }

  /** Creates a board whose documents start from these encoded states (an import, encoded off-thread). */
  async createFromUpdates(
    title: string,
    updates: Partial<Record<DocName, Uint8Array>>,
  ): Promise<CreatedBoard> {
    const { keys, hashes } = generateKeys();
    const board: BoardRecord = { id: generateBoardId(), title, createdAt: Date.now(), keyHashes: hashes };
    await this.store.createBoard(board);
    await Promise.all(
      DOC_NAMES.flatMap((name) => {
        const update = updates[name];
        return update ? [this.store.appendUpdate(roomName(board.id, name), update)] : [];
      }),
    );
    this.logger.info({ board: board.id }, 'board created');
    return { board, keys };
  }

  /** A board from a template, in the language its creator works in (the template's words only). */
  async create(
    title: string,
    template: string | undefined,
    language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE,
  ): Promise<CreatedBoard> {
    const templateId: TemplateId = (template ?? 'blank') as TemplateId;
    if (!isTemplateId(templateId)) throw new UnknownTemplateError(String(template));
    const content = new Y.Doc();
    createBoard(content, templateId, RELAY_ORIGIN, language);
    // A blank board has no journey name of its own yet: the board title is the best one.
    if (templateId === 'blank') updateMeta(content, { title }, RELAY_ORIGIN);
    const created = await this.createFromDocs(title, { content });
    content.destroy();
    return created;
  }

  async authorize(boardId: string, key: string): Promise<Authorization> {
    const board = await this.store.getBoard(boardId);
    if (!board) return { ok: false, reason: 'unknown_board' };
    const role = roleForKey(board.keyHashes, key);
    if (role) return { ok: true, board, role };
    return { ok: false, reason: this.retiredKeys.has(hashKey(key), Date.now()) ? 'rotated_key' : 'bad_key' };
  }

  /** Replaces a role's key; every relay closes that role's open connections on this board at once. */
  async rotate(boardId: string, role: Role): Promise<string | undefined> {
    const before = await this.store.getBoard(boardId);
    if (!before) return undefined;
    const key = generateKey();
    if (!(await this.store.setKeyHash(boardId, role, hashKey(key)))) return undefined;
    const retiredKeyHash = before.keyHashes[role];
    this.retiredKeys.add(retiredKeyHash, Date.now());
    await this.bus.publishControl({ kind: 'key-rotated', boardId, role, retiredKeyHash });
    this.logger.info({ board: boardId, role }, 'key rotated');
    return key;
  }

  async delete(boardId: string): Promise<boolean> {
    if (!(await this.store.getBoard(boardId))) return false;
    await this.bus.publishControl({ kind: 'board-deleted', boardId });
    await this.rooms.dropBoard(boardId);
    const deleted = await this.store.deleteBoard(boardId);
    this.logger.info({ board: boardId }, 'board deleted');
    return deleted;
  }

  /**
   * The current state of a board's documents: the live document when the room is loaded (so an export
   * includes the last second of a workshop), otherwise rebuilt from storage.
   */
  async readDocs(boardId: string): Promise<Record<DocName, Y.Doc>> {
    const entries = await Promise.all(
      DOC_NAMES.map(async (name): Promise<[DocName, Y.Doc]> => {
        const doc = new Y.Doc();
        const live = this.rooms.peek(roomName(boardId, name));
        if (live) {
          const room = await live;
          Y.applyUpdate(doc, room.encodeState());
        } else {
          const stored = await this.store.loadRoom(roomName(boardId, name));
          const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
          Y.transact(doc, () => {
            for (const part of parts) Y.applyUpdate(doc, part);
          });
        }
        return [name, doc];
      }),
    );
    return Object.fromEntries(entries) as Record<DocName, Y.Doc>;
  }
}
