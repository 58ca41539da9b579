import {
  type Actor,
  changeRule,
  type EntityDeclaration,
  type Refusal,
  type RefusalCode,
  type Rule,
  type SessionState,
} from '@journeyboard/journey';
import * as Y from 'yjs';
import { fieldCheck } from './field-check';
import { entryOf, fieldCodeOf, type ItemIndex, ItemKind, isNested, NO_SLOT } from './item-index';
import { indexPlaced, type Placed, placeStructs, type RootShapes, type Struct } from './placement';

/**
 * The relay's judgement of one update: what it creates, changes and deletes, entry by entry and field
 * by field, against the rules its document declares (packages/journey `ENTITY_DECLARATIONS`), the
 * sender's role and identity and the session's state. An update is accepted whole or refused whole.
 */

export interface DocumentRules {
  /** The document's declarations by root name. */
  readonly byRoot: ReadonlyMap<string, EntityDeclaration>;
  readonly shapes: RootShapes;
}

export interface JudgeContext {
  readonly actor: Actor;
  readonly session: SessionState;
}

/** Deletions new to the room, by client: [start, end) clock ranges. */
export type NewDeletions = ReadonlyMap<number, readonly (readonly [number, number])[]>;

export type Verdict =
  | { readonly ok: true; readonly commit: () => void }
  | { readonly ok: false; readonly refusal: Refusal };

interface Creation {
  readonly declaration: EntityDeclaration;
  readonly entryId: number;
  readonly item: Y.Item;
  readonly fields: Record<string, unknown>;
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`${refusal.code} ${refusal.path}`);
  }
}

function refuse(code: RefusalCode, path: string): never {
  throw new Refused({ code, path });
}

function check(code: RefusalCode | null, path: string): void {
  if (code) refuse(code, path);
}

/** The single plain value an item sets, or refuses anything else (text, binary, embeds, several values). */
function plainValue(item: Y.Item, path: string): unknown {
  const content = item.content;
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) refuse('wrong_type', path);
  return (content as Y.ContentAny).arr[0];
}

function validateField(declaration: EntityDeclaration, field: string, value: unknown, path: string): void {
  const schema = declaration.fields[field];
  if (!schema) refuse('unknown_field', path);
  if (!fieldCheck(schema)(value)) refuse('schema', path);
}

class Judgement {
  readonly ok = true;
  /** What `commit` records, once the update is judged. */
  placed: readonly Placed[] = [];
  deletions: NewDeletions = new Map();
  private readonly creations = new Map<number, Creation>();
  /** Slots given a new value by this update (their old values' deletions are part of that change). */
  private readonly overwritten = new Set<number>();
  /** Entries whose own item this update deletes (their fields go with them). */
  private readonly deletedEntries = new Set<number>();
  /** What a rule reads: one object per judgement, its owner and fields set before each rule. */
  private readonly input: {
    readonly actor: Actor;
    readonly session: SessionState;
    owner: string | null;
    fields: Readonly<Record<string, unknown>> | undefined;
  };

  constructor(
    private readonly index: ItemIndex,
    private readonly rules: DocumentRules,
    context: JudgeContext,
  ) {
    this.input = { actor: context.actor, session: context.session, owner: null, fields: undefined };
  }

  /** Runs a rule on the entry at hand (its owner, and a new entry's fields). */
  private rule(
    rule: Rule,
    owner: string | null,
    fields?: Readonly<Record<string, unknown>>,
  ): RefusalCode | null {
    this.input.owner = owner;
    this.input.fields = fields;
    return rule(this.input);
  }

  private declarationOf(entryId: number): EntityDeclaration {
    const root = this.index.entryRoot(entryId);
    const declaration = this.rules.byRoot.get(root);
    if (!declaration) refuse('unknown_root', root.slice(0, 60));
    return declaration;
  }

  private path(declaration: EntityDeclaration, field?: string | null): string {
    return field ? `${declaration.kind}.${field.slice(0, 60)}` : declaration.kind;
  }

  private isAlive(entryId: number): boolean {
    return this.index.entryAlive(entryId);
  }

  judgeStruct({ struct, slot, kind }: Placed): void {
    if (struct instanceof Y.GC || slot === NO_SLOT) return;
    const entryId = entryOf(slot);
    const declaration = this.declarationOf(entryId);
    const field = this.index.fieldName(slot);
    if (isNested(slot)) refuse('too_deep', this.path(declaration, field));
    this.overwritten.add(slot);
    const owner = this.index.entryOwner(entryId);
    if (fieldCodeOf(slot) === 0) {
      this.judgeEntryItem(declaration, entryId, struct, kind);
      return;
    }
    const path = this.path(declaration, field);
    if (declaration.shape === 'dictionary') refuse('too_deep', path);
    if (field === null || !declaration.fields[field]) refuse('unknown_field', path);
    if (kind === ItemKind.map || kind === ItemKind.otherType) refuse('too_deep', path);
    const value = kind === ItemKind.deleted ? undefined : plainValue(struct, path);
    if (kind !== ItemKind.deleted) validateField(declaration, field, value, path);
    const creation = this.creations.get(entryId);
    if (creation) {
      if (kind !== ItemKind.deleted) creation.fields[field] = value;
      return;
    }
    if (declaration.immutable?.includes(field) && declaration.shape === 'collection')
      refuse('identity', path);
    check(this.rule(changeRule(declaration, field), owner), path);
  }

  private judgeEntryItem(declaration: EntityDeclaration, entryId: number, item: Y.Item, kind: number): void {
    const path = this.path(declaration);
    const owner = this.index.entryOwner(entryId);
    if (declaration.shape === 'dictionary') {
      if (kind === ItemKind.map || kind === ItemKind.otherType) refuse('too_deep', path);
      if (kind !== ItemKind.deleted) {
        const value = plainValue(item, path);
        if (!declaration.value || !fieldCheck(declaration.value)(value)) refuse('schema', path);
      }
      const rule = this.isAlive(entryId) ? declaration.change : declaration.create;
      check(this.rule(rule, owner), path);
      return;
    }
    if (kind !== ItemKind.map && kind !== ItemKind.deleted) refuse('wrong_type', path);
    if (this.isAlive(entryId)) {
      // Replacing a live entry removes the one there: whoever may remove it.
      check(this.rule(declaration.remove, owner), path);
    }
    this.creations.set(entryId, { declaration, entryId, item, fields: {} });
  }

  /** Each new entry whole: its schema, its key, the fields it must take from the connection, the create rule. */
  finishCreations(): void {
    const { actor } = this.input;
    for (const creation of this.creations.values()) {
      const { declaration, fields } = creation;
      const path = this.path(declaration);
      if (creation.item.content instanceof Y.ContentDeleted) {
        check(this.rule(declaration.create, null, fields), path);
        continue;
      }
      const key = this.index.entryKey(creation.entryId);
      const parsed = declaration.entry?.safeParse({ ...fields, id: key });
      if (parsed && !parsed.success) {
        const first = parsed.error.issues[0]?.path[0];
        refuse('schema', this.path(declaration, typeof first === 'string' ? first : null));
      }
      const expectedKey = declaration.keyOf?.(fields);
      if (expectedKey !== undefined && expectedKey !== key) refuse('identity', path);
      const fromConnection = declaration.fromConnection;
      if (fromConnection?.role !== undefined && fields[fromConnection.role] !== actor.role) {
        refuse('identity', this.path(declaration, fromConnection.role));
      }
      if (actor.role !== 'facilitator') {
        for (const field of fromConnection?.identity ?? []) {
          if (actor.identity === null || fields[field] !== actor.identity) {
            refuse('identity', this.path(declaration, field));
          }
        }
      }
      check(this.rule(declaration.create, null, fields), path);
    }
  }

  /** Deletions of what the room holds: entries removed, fields cleared; nothing unknown. */
  judgeDeletions(deletions: NewDeletions, placed: readonly Placed[]): void {
    const cleared: number[] = [];
    for (const [client, ranges] of deletions) {
      const items = this.index.itemsOf(client);
      for (const [start, end] of ranges) {
        let clock = start;
        if (items) {
          for (let at = items.firstEndingAfter(start); at < items.count; at++) {
            const itemStart = items.start(at);
            if (itemStart >= end) break;
            if (itemStart > clock) this.judgeDeletedGap(client, clock, itemStart, placed);
            this.judgeDeletedItem(items.slot(at), items.kind(at), cleared);
            clock = itemStart + items.length(at);
          }
        }
        if (clock < end) this.judgeDeletedGap(client, clock, end, placed);
      }
    }
    for (const slot of cleared) this.judgeClearedField(slot);
  }

  /** A deleted item the room holds: an entry removed (judged now) or a field cleared (judged after). */
  private judgeDeletedItem(slot: number, kind: number, cleared: number[]): void {
    if (kind === ItemKind.gc || slot === NO_SLOT) return;
    const entryId = entryOf(slot);
    const root = this.index.entryRoot(entryId);
    const declaration = this.rules.byRoot.get(root);
    if (!declaration) {
      // Cleaning up what no declaration covers is the facilitator's.
      if (this.input.actor.role !== 'facilitator') refuse('unknown_root', root);
      return;
    }
    if (fieldCodeOf(slot) === 0 && !isNested(slot) && declaration.shape !== 'singleton') {
      if (declaration.shape === 'collection') this.deletedEntries.add(entryId);
      if (this.overwritten.has(slot)) return;
      const owner = this.index.entryOwner(entryId);
      check(this.rule(declaration.remove, owner), this.path(declaration));
      return;
    }
    cleared.push(slot);
  }

  /** Deleted clocks the room does not hold: only allowed when this update itself brings them. */
  private judgeDeletedGap(client: number, start: number, end: number, placed: readonly Placed[]): void {
    const fresh: [number, number][] = [];
    for (const { struct } of placed) {
      if (struct.id.client === client) fresh.push([struct.id.clock, struct.id.clock + struct.length]);
    }
    if (!covered(fresh, start, end)) refuse('unknown_reference', '');
  }

  private judgeClearedField(slot: number): void {
    const entryId = entryOf(slot);
    if (this.deletedEntries.has(entryId) || this.overwritten.has(slot)) return;
    const fieldSlotOnly = slot & ~256;
    if (this.overwritten.has(fieldSlotOnly)) return;
    const declaration = this.declarationOf(entryId);
    const field = this.index.fieldName(slot);
    const path = this.path(declaration, field);
    if (isNested(slot)) {
      // Old nested data (which no schema allows any more) may be cleared by whoever may change the field.
      check(this.rule(changeRule(declaration, field ?? ''), this.index.entryOwner(entryId)), path);
      return;
    }
    if (field === null || !declaration.fields[field]) {
      check(this.input.actor.role === 'facilitator' ? null : 'unknown_field', path);
      return;
    }
    if (declaration.immutable?.includes(field) && declaration.shape === 'collection')
      refuse('identity', path);
    validateField(declaration, field, undefined, path);
    check(this.rule(changeRule(declaration, field), this.index.entryOwner(entryId)), path);
  }

  /** Records the accepted update in the index (see `judgeUpdate`). */
  commit(): void {
    const { placed, deletions } = this;
    indexPlaced(this.index, placed);
    for (const creation of this.creations.values()) {
      const { id, content } = creation.item;
      this.index.setEntryItem(creation.entryId, id.client, id.clock, content instanceof Y.ContentType);
      const ownerField = creation.declaration.owner;
      const owner = ownerField ? creation.fields[ownerField] : undefined;
      this.index.setEntryOwner(creation.entryId, typeof owner === 'string' ? owner : null);
    }
    for (const { struct, slot, kind } of placed) {
      // Dictionary values are entries of their own: alive once set.
      if (struct instanceof Y.Item && slot !== NO_SLOT && fieldCodeOf(slot) === 0 && !isNested(slot)) {
        const entry = entryOf(slot);
        if (this.rules.shapes.get(this.index.entryRoot(entry)) === 'dictionary') {
          this.index.setEntryItem(entry, struct.id.client, struct.id.clock, kind !== ItemKind.deleted);
        }
      }
    }
    for (const [client, ranges] of deletions) {
      for (const [start, end] of ranges) this.index.markDeleted(client, start, end);
    }
  }
}

function covered(ranges: readonly [number, number][] | undefined, start: number, end: number): boolean {
  if (!ranges) return false;
  let clock = start;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > clock) break;
    if (to > clock) clock = to;
    if (clock >= end) return true;
  }
  return clock >= end;
}

/**
 * Judges an update's new structs and new deletions. On acceptance, `commit` records them in the index
 * (call it once the room has taken the update).
 */
export function judgeUpdate(
  index: ItemIndex,
  rules: DocumentRules,
  context: JudgeContext,
  structs: readonly Struct[],
  deletions: NewDeletions,
): Verdict {
  const placement = placeStructs(index, rules.shapes, structs);
  if (!placement.ok) return { ok: false, refusal: { code: 'unknown_reference', path: '' } };
  const judgement = new Judgement(index, rules, context);
  const placed = placement.placed;
  try {
    // Entries before fields: a new entry's fields may come first in the update (another client's section).
    for (const one of placed) if (isEntrySlot(one.slot)) judgement.judgeStruct(one);
    for (const one of placed) if (!isEntrySlot(one.slot)) judgement.judgeStruct(one);
    judgement.finishCreations();
    judgement.judgeDeletions(deletions, placed);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  // The judgement itself is the acceptance: its `commit` records the update (no closure per update).
  judgement.placed = placed;
  judgement.deletions = deletions;
  return judgement;
}

function isEntrySlot(slot: number): boolean {
  return slot !== NO_SLOT && fieldCodeOf(slot) === 0 && !isNested(slot);
}
