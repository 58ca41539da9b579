import type { DocName } from '@journeyboard/journey';
import type { UpdateJudge } from '../room-state';
import { documentRules } from './document-rules';
import { buildIndex, recordUpdate } from './index-build';
import type { ItemIndex } from './item-index';
import { type DocumentRules, type JudgeContext, judgeUpdate } from './update-judge';

/** How long an index is kept without a write to judge (`RoomAuthority`): five minutes. */
export const INDEX_IDLE_MS = 5 * 60_000;

export interface RoomAuthorityOptions {
  /** An index not used for this long is dropped (see `RoomAuthority`). */
  idleMs?: number;
}

/**
 * A room's authority over its document: the index of its items, built from the room's state the first
 * time someone writes, and the judge that every client's update passes before the room takes it.
 *
 * The index is only kept while the room is written: once no client's write has been judged for
 * `idleMs` (five minutes by default), it is dropped, and the next write builds it again from the room's
 * state (tens of milliseconds for a 200-step board). A room that is only read, or a workshop on a break,
 * holds its document and nothing more.
 */
export class RoomAuthority {
  private index: ItemIndex | null = null;
  private readonly rules: DocumentRules;
  private readonly idleMs: number;
  /** When the index last judged a write (Date.now). */
  private lastJudged = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    doc: DocName,
    /** The room's whole state as one update (only read to build the index). */
    private readonly state: () => Uint8Array,
    options: RoomAuthorityOptions = {},
  ) {
    this.rules = documentRules(doc);
    this.idleMs = options.idleMs ?? INDEX_IDLE_MS;
  }

  /** The judge of one client's update. */
  judgeFor(context: JudgeContext): UpdateJudge {
    return (structs, deletions) => judgeUpdate(this.indexNow(), this.rules, context, structs, deletions);
  }

  /** Takes an update judged elsewhere (another relay, the store) into the index, if there is one yet. */
  readonly record: UpdateJudge = (structs, deletions) => ({
    ok: true,
    commit: () => {
      if (this.index) recordUpdate(this.index, this.rules, structs, deletions);
    },
  });

  /** Forgets the index (the room's state was replaced, or nobody writes); the next write builds it again. */
  reset(): void {
    this.index = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Whether the index is held now. */
  get holdsIndex(): boolean {
    return this.index !== null;
  }

  /** Items the index holds (0 before anyone wrote). */
  get itemCount(): number {
    return this.index?.itemCount ?? 0;
  }

  /** Memory the index holds (0 before anyone wrote). */
  get indexBytes(): number {
    return this.index?.byteLength ?? 0;
  }

  private indexNow(): ItemIndex {
    this.lastJudged = Date.now();
    if (!this.index) {
      this.index = buildIndex(this.state(), this.rules);
      this.watchIdle(this.idleMs);
    }
    return this.index;
  }

  /** Drops the index once it has judged nothing for `idleMs` (one timer per room, not one per write). */
  private watchIdle(delay: number): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const idle = Date.now() - this.lastJudged;
      if (idle >= this.idleMs) this.reset();
      else this.watchIdle(this.idleMs - idle);
    }, delay);
    this.idleTimer.unref?.();
  }
}
