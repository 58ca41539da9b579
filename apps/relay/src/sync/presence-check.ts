import { isRelayClientId, parseObserverCountJson, parsePresenceJson, type Role } from '@journeyboard/journey';
import type { PresenceEntry, RawAwarenessEntry } from './protocol';

export type PresenceCheck =
  | { ok: true; entries: PresenceEntry[] }
  | { ok: false; reason: 'presence_too_big' | 'presence_invalid'; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks every entry of an awareness message against the presence schema (`@journeyboard/journey`
 * presence.ts): the size of each state first (before decoding anything), then UTF-8, nesting, JSON and
 * the schema. One bad entry refuses the whole message. The entries keep their JSON bytes as received:
 * that is what the relay forwards. An entry under a relay-owned client id (`isRelayClientId`) is read
 * against the observer count's schema instead: stock clients echo the relay's count back, and the room
 * tells an echo from a claim (`RoomPresence.apply`).
 */
export function checkPresence(entries: readonly RawAwarenessEntry[], maxStateBytes: number): PresenceCheck {
  const checked: PresenceEntry[] = [];
  for (const entry of entries) {
    if (entry.json.byteLength > maxStateBytes) {
      return {
        ok: false,
        reason: 'presence_too_big',
        detail: `presence state of ${entry.json.byteLength} bytes (limit ${maxStateBytes})`,
      };
    }
    let text: string;
    try {
      text = utf8.decode(entry.json);
    } catch {
      return { ok: false, reason: 'presence_invalid', detail: 'presence state is not UTF-8' };
    }
    const parsed = isRelayClientId(entry.clientId)
      ? parseObserverCountJson(text, entry.json.byteLength)
      : parsePresenceJson(text, entry.json.byteLength, maxStateBytes);
    if (!parsed.ok) {
      const reason = parsed.reason === 'too_big' ? 'presence_too_big' : 'presence_invalid';
      return { ok: false, reason, detail: parsed.detail };
    }
    checked.push({ clientId: entry.clientId, clock: entry.clock, state: parsed.state, json: entry.json });
  }
  return { ok: true, entries: checked };
}

/** The first entry whose `user.role` is not `role` (a participant presenting as facilitator), if any. */
export function presenceWithOtherRole(
  entries: readonly PresenceEntry[],
  role: Role,
): PresenceEntry | undefined {
  return entries.find((entry) => {
    const user = (entry.state as { user?: { role?: unknown } } | null)?.user;
    return user !== undefined && user.role !== role;
  });
}
