/**
 * The awareness state every Journeyboard client publishes (on the content document's awareness):
 * `user` once, then `cursor` (board coordinates), `selection` and `view` as they change. Its schema is
 * the journey package's (`@journeyboard/journey/presence`), which the relay enforces on arrival.
 */
import type { Role } from '@journeyboard/journey/contract';
import {
  isRelayClientId,
  OBSERVER_COUNT_CLIENT_ID,
  observerCountSchema,
  type PresenceCursor,
  type PresenceSelection,
  type PresenceUser,
  type PresenceView,
  presenceCursorSchema,
  presenceSelectionSchema,
  presenceUserSchema,
  presenceViewSchema,
} from '@journeyboard/journey/presence';
import { clampScale, type Size, type Viewport } from '../state/viewport';

export type PresenceRole = Role;
export type { PresenceUser, PresenceView };

export interface Peer {
  readonly clientId: number;
  readonly user: PresenceUser;
  readonly cursor: PresenceCursor | null;
  readonly selection: PresenceSelection;
  readonly view: PresenceView | null;
}

/**
 * A peer's state is untrusted: without a valid `user` it is not shown; anything else malformed is
 * dropped field by field so one bad cursor does not hide the person.
 */
export function parsePeer(clientId: number, raw: unknown): Peer | null {
  if (!raw || typeof raw !== 'object') return null;
  // A state object is replaced, never changed in place, when its peer publishes: parse each one once
  // (under the relay's CSP zod runs interpreted, and every cursor move re-reads everyone's presence).
  const cached = parsedStates.get(raw);
  if (cached && cached.clientId === clientId) return cached.peer;
  const peer = parseState(clientId, raw as Record<string, unknown>);
  parsedStates.set(raw, { clientId, peer });
  return peer;
}

const parsedStates = new WeakMap<object, { clientId: number; peer: Peer | null }>();

function parseState(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = presenceUserSchema.safeParse(state.user);
  if (!user.success) return null;
  const cursor = presenceCursorSchema.safeParse(state.cursor);
  const selection = presenceSelectionSchema.safeParse(state.selection);
  const view = presenceViewSchema.safeParse(state.view);
  return {
    clientId,
    user: user.data,
    cursor: cursor.success ? cursor.data : null,
    selection: selection.success ? selection.data : { stepId: null, noteId: null },
    view: view.success ? view.data : null,
  };
}

export interface PresenceSummary {
  /** Facilitators and participants, the facilitator first, then by name. */
  readonly people: readonly Peer[];
  readonly observerCount: number;
  /** This client's own entry (also in `people` unless an observer), so everyone can reach their name. */
  readonly self: Peer | null;
}

const ROLE_RANK: Record<PresenceRole, number> = { facilitator: 0, participant: 1, observer: 2 };

/**
 * Who is here, from every awareness state; a user with several tabs counts once. Observers are counted
 * by the relay, not sent to everyone: its entry (`OBSERVER_COUNT_CLIENT_ID`, `{ observers: N }`) gives the
 * number. An observer who is not in that number yet (it just arrived) still counts themselves, once.
 * Without the relay's entry, observers' own states are counted.
 */
export function summarisePresence(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
): PresenceSummary {
  const byUser = new Map<string, Peer>();
  for (const [clientId, raw] of states) {
    if (isRelayClientId(clientId)) continue;
    const peer = parsePeer(clientId, raw);
    if (!peer) continue;
    const existing = byUser.get(peer.user.id);
    // Prefer our own client for our own id, otherwise keep the first seen.
    if (!existing || clientId === selfClientId) byUser.set(peer.user.id, peer);
  }
  const everyone = [...byUser.values()];
  const people = everyone
    .filter((peer) => peer.user.role !== 'observer')
    .sort(
      (a, b) =>
        ROLE_RANK[a.user.role] - ROLE_RANK[b.user.role] ||
        a.user.name.localeCompare(b.user.name) ||
        a.clientId - b.clientId,
    );
  const self = parsePeer(selfClientId, states.get(selfClientId));
  const counted = observerCountSchema.safeParse(states.get(OBSERVER_COUNT_CLIENT_ID));
  const observerCount = counted.success
    ? Math.max(counted.data.observers, self?.user.role === 'observer' ? 1 : 0)
    : everyone.length - people.length;
  return { people, observerCount, self };
}

function sameListing(a: Peer | null | undefined, b: Peer | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.clientId === b.clientId &&
    a.user.name === b.user.name &&
    a.user.color === b.user.color &&
    a.user.role === b.user.role
  );
}

/** Equality used to skip re-renders when only cursors moved. */
export function samePeopleList(a: PresenceSummary, b: PresenceSummary): boolean {
  if (a.observerCount !== b.observerCount || a.people.length !== b.people.length) return false;
  if (!sameListing(a.self, b.self)) return false;
  return a.people.every((peer, i) => sameListing(peer, b.people[i]));
}

/**
 * The viewport that shows a followed peer's view on our canvas: their centre point in our centre, at their
 * zoom (within our limits), whatever the two screen sizes.
 */
export function viewportFollowing(view: PresenceView, area: Size & { x?: number; y?: number }): Viewport {
  const scale = clampScale(view.scale);
  const centre = { x: (area.x ?? 0) + area.width / 2, y: (area.y ?? 0) + area.height / 2 };
  return { x: centre.x - view.centerX * scale, y: centre.y - view.centerY * scale, scale };
}
