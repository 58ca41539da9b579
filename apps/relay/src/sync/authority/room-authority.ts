import type { DocName } from '@journeyboard/journey';
import type { UpdateJudge } from '../room-state';
import { documentRules } from './document-rules';
import { buildIndex, recordUpdate } from './index-build';
import type { ItemIndex } from './item-index';
import { type DocumentRules, type JudgeContext, judgeUpdate } from './update-judge';

/**
 * A room's authority over its document: the index of its items, built from the room's state the first
 * time someone writes, and the judge that every client's update passes before the room takes it.
 */
export class RoomAuthority {
  private index: ItemIndex | null = null;
  private readonly rules: DocumentRules;

  constructor(
    doc: DocName,
    /** The room's whole state as one update (only read to build the index). */
    private readonly state: () => Uint8Array,
  ) {
    this.rules = documentRules(doc);
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

  /** Forgets the index (the room's state was replaced); the next write builds it again. */
  reset(): void {
    this.index = null;
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
    if (!this.index) this.index = buildIndex(this.state(), this.rules);
    return this.index;
  }
}
