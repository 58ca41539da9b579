import type { DocName } from '../contract';
import { relayOnly } from './access';
import { ENTITY_DECLARATIONS } from './entities';
import type { DeclaredKind, EntityDeclaration, Link } from './entity-declaration';

/**
 * What removing entries does to everything that links to them, derived from the links each kind
 * declares (`ENTITY_DECLARATIONS[kind].links`): entries linked by a `delete` link go too (and so on,
 * transitively), `nullify` links are cleared, `unlink` lists lose the removed ids. The same plan drives
 * the model's deletions and the confirmation that tells people what a removal will do.
 *
 * Entries only the relay writes (secret ballots) are never deleted by a client: those that lose what they
 * belong to are reported as `orphaned` (readers skip them).
 */

export interface RemovalTarget {
  readonly kind: DeclaredKind;
  readonly id: string;
}

/** A field reader of one entry (undefined for a missing field). */
export type FieldReader = (field: string) => unknown;

/** The entries of a document, by kind: `[id, reader]`; a singleton's one entry has the id ''. */
export interface CascadeSource {
  entries(kind: DeclaredKind): Iterable<readonly [string, FieldReader]>;
}

export interface FieldChange {
  readonly kind: DeclaredKind;
  readonly id: string;
  readonly field: string;
}

export interface Unlink extends FieldChange {
  /** The list without the removed ids. */
  readonly remaining: readonly string[];
}

export interface RemovalPlan {
  /** Every entry removed, the targets included, by kind. */
  readonly deleted: ReadonlyMap<DeclaredKind, ReadonlySet<string>>;
  /** Relay-held entries whose parent goes (left for the relay; readers skip them). */
  readonly orphaned: ReadonlyMap<DeclaredKind, ReadonlySet<string>>;
  readonly nullified: readonly FieldChange[];
  readonly unlinked: readonly Unlink[];
}

interface Referrer {
  readonly declaration: EntityDeclaration;
  readonly link: Link;
}

/** Declarations of `doc` that link to each kind. */
function referrersByKind(doc: DocName): ReadonlyMap<DeclaredKind, readonly Referrer[]> {
  const out = new Map<DeclaredKind, Referrer[]>();
  for (const declaration of Object.values(ENTITY_DECLARATIONS)) {
    if (declaration.doc !== doc) continue;
    for (const link of declaration.links) {
      const list = out.get(link.to) ?? [];
      list.push({ declaration, link });
      out.set(link.to, list);
    }
  }
  return out;
}

const REFERRERS = new Map<DocName, ReadonlyMap<DeclaredKind, readonly Referrer[]>>();
function referrersOf(doc: DocName): ReadonlyMap<DeclaredKind, readonly Referrer[]> {
  let referrers = REFERRERS.get(doc);
  if (!referrers) {
    referrers = referrersByKind(doc);
    REFERRERS.set(doc, referrers);
  }
  return referrers;
}

function addTo(map: Map<DeclaredKind, Set<string>>, kind: DeclaredKind, id: string): boolean {
  let set = map.get(kind);
  if (!set) {
    set = new Set();
    map.set(kind, set);
  }
  if (set.has(id)) return false;
  set.add(id);
  return true;
}

const linkedIds = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The removal of `targets` (entries of one document) and everything it reaches through declared links. */
export function planRemoval(targets: readonly RemovalTarget[], source: CascadeSource): RemovalPlan {
  const deleted = new Map<DeclaredKind, Set<string>>();
  const orphaned = new Map<DeclaredKind, Set<string>>();
  const doc = targets[0] ? ENTITY_DECLARATIONS[targets[0].kind].doc : 'content';
  const referrers = referrersOf(doc);
  const queue = targets.filter((t) => addTo(deleted, t.kind, t.id));
  // Entries linked by `delete` links go with what they belong to, transitively.
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const { declaration, link } of referrers.get(next.kind) ?? []) {
      if (link.onRemove !== 'delete' || link.many) continue;
      const relayHeld = declaration.remove === relayOnly;
      for (const [id, read] of source.entries(declaration.kind)) {
        if (read(link.field) !== next.id) continue;
        if (relayHeld) addTo(orphaned, declaration.kind, id);
        else if (addTo(deleted, declaration.kind, id)) queue.push({ kind: declaration.kind, id });
      }
    }
  }
  const nullified: FieldChange[] = [];
  const unlinked: Unlink[] = [];
  for (const [kind, gone] of deleted) {
    for (const { declaration, link } of referrers.get(kind) ?? []) {
      if (link.onRemove === 'delete' && !link.many) continue;
      if (declaration.remove === relayOnly) continue;
      const stillThere = (id: string) => !deleted.get(declaration.kind)?.has(id);
      for (const [id, read] of source.entries(declaration.kind)) {
        if (!stillThere(id)) continue;
        const value = read(link.field);
        if (link.many) {
          const list = linkedIds(value);
          if (!list.some((v) => typeof v === 'string' && gone.has(v))) continue;
          const remaining = list.filter((v): v is string => typeof v === 'string' && !gone.has(v));
          unlinked.push({ kind: declaration.kind, id, field: link.field, remaining });
        } else if (typeof value === 'string' && gone.has(value)) {
          nullified.push({ kind: declaration.kind, id, field: link.field });
        }
      }
    }
  }
  return { deleted, orphaned, nullified, unlinked };
}

/** How many entries of `kind` the plan removes (orphaned relay-held entries included). */
export function removedCount(plan: RemovalPlan, kind: DeclaredKind): number {
  return (plan.deleted.get(kind)?.size ?? 0) + (plan.orphaned.get(kind)?.size ?? 0);
}

/** How many entries of `kind` lose a link (cleared or unlinked) without being removed. */
export function relinkedCount(plan: RemovalPlan, kind: DeclaredKind): number {
  const ids = new Set<string>();
  for (const change of [...plan.nullified, ...plan.unlinked]) if (change.kind === kind) ids.add(change.id);
  return ids.size;
}

/** A source over plain read entries (what the model's readers return), by kind. */
export function plainCascadeSource(
  contents: Partial<Record<DeclaredKind, readonly { readonly id: string }[]>>,
): CascadeSource {
  return {
    *entries(kind) {
      for (const entry of contents[kind] ?? []) {
        const fields = entry as unknown as Readonly<Record<string, unknown>>;
        yield [entry.id, (field: string) => fields[field]] as const;
      }
    },
  };
}
