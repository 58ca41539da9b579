import type { PresenceEntry, RawAwarenessEntry } from './protocol';
import { encodeRawAwarenessEntries } from './protocol';

/** A removal's state, written by the relay itself. */
const NULL_JSON = new TextEncoder().encode('null');
/** A state not renewed for this long is dropped (y-protocols' `outdatedTimeout`; clients renew every 15 s). */
export const PRESENCE_TIMEOUT_MS = 30_000;

export interface PresenceMeta {
  clock: number;
  lastUpdated: number;
}

/**
 * A room's presence: each client id's latest state, kept both parsed (to read) and as the JSON bytes its
 * sender wrote (to forward). It follows y-protocols' awareness rules (a higher clock wins; a removal at the
 * same clock wins; states time out after 30 s) but never serialises a state itself, so what peers
 * receive is byte for byte what the owner sent, checked once on arrival (`checkPresence`).
 */
export class PresenceStore {
  private readonly states = new Map<number, unknown>();
  private readonly encoded = new Map<number, Uint8Array>();
  /** Clocks (also of removed states, so a late echo cannot bring them back). */
  readonly meta = new Map<number, PresenceMeta>();

  getStates(): ReadonlyMap<number, unknown> {
    return this.states;
  }

  /**
   * Applies checked entries; returns those that changed something (to forward, in this order). An entry
   * removing a client never seen changes nothing.
   */
  apply(entries: readonly PresenceEntry[], now = Date.now()): PresenceEntry[] {
    const changed: PresenceEntry[] = [];
    for (const entry of entries) {
      const { clientId, clock, state } = entry;
      const known = this.meta.get(clientId);
      const currentClock = known?.clock ?? 0;
      const removesHeld = currentClock === clock && state === null && this.states.has(clientId);
      if (!(currentClock < clock || removesHeld)) continue;
      if (state === null) {
        this.states.delete(clientId);
        this.encoded.delete(clientId);
      } else {
        this.states.set(clientId, state);
        this.encoded.set(clientId, entry.json);
      }
      this.meta.set(clientId, { clock, lastUpdated: now });
      if (known !== undefined || state !== null) changed.push(entry);
    }
    return changed;
  }

  /** Removes these clients' states (their connection left); returns the removals to forward. */
  remove(clientIds: readonly number[], now = Date.now()): PresenceEntry[] {
    const removals: PresenceEntry[] = [];
    for (const clientId of clientIds) {
      if (!this.states.has(clientId)) continue;
      const clock = (this.meta.get(clientId)?.clock ?? 0) + 1;
      this.states.delete(clientId);
      this.encoded.delete(clientId);
      this.meta.set(clientId, { clock, lastUpdated: now });
      removals.push({ clientId, clock, state: null, json: NULL_JSON });
    }
    return removals;
  }

  /** States not renewed within `PRESENCE_TIMEOUT_MS`, removed; returns the removals to forward. */
  expire(now = Date.now()): PresenceEntry[] {
    const outdated: number[] = [];
    for (const clientId of this.states.keys()) {
      const lastUpdated = this.meta.get(clientId)?.lastUpdated ?? 0;
      if (now - lastUpdated >= PRESENCE_TIMEOUT_MS) outdated.push(clientId);
    }
    return this.remove(outdated, now);
  }

  /**
   * Every present client's state as one awareness update, with `extra` entries (the relay's own), or null
   * when there is nothing to send.
   */
  snapshot(extra: readonly RawAwarenessEntry[] = []): Uint8Array | null {
    if (this.encoded.size === 0 && extra.length === 0) return null;
    const entries = [...this.encoded].map(([clientId, json]) => ({
      clientId,
      clock: this.meta.get(clientId)?.clock ?? 0,
      json,
    }));
    return encodeRawAwarenessEntries([...entries, ...extra]);
  }

  clear(): void {
    this.states.clear();
    this.encoded.clear();
    this.meta.clear();
  }
}
