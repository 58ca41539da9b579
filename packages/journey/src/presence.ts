/**
 * The presence (awareness) state every Journeyboard client publishes, declared once: the relay validates
 * each state against it on arrival and the web client reads peers' states through it.
 *
 * A state is `null` (the client left) or an object with only these fields, each optional (a provider
 * starts with `{}` and adds them one by one): `user` once, then `cursor` (board coordinates),
 * `selection` and `view` as they change. Anything else is refused.
 */
import * as z from 'zod/mini';
import { ROLES } from './contract';

export const PRESENCE_LIMITS = {
  /** Default cap on one state's JSON, in UTF-8 bytes (the relay's MAX_PRESENCE_BYTES). */
  maxStateBytes: 4096,
  /** Objects within objects: `{ user: { … } }` is 2; the schema never needs more. */
  maxDepth: 3,
  maxIdLength: 100,
  maxNameLength: 80,
} as const;

const finite = z.number();
const idText = () => z.string().check(z.maxLength(PRESENCE_LIMITS.maxIdLength));

export const presenceUserSchema = z.strictObject({
  id: idText().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(PRESENCE_LIMITS.maxNameLength)),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  role: z.enum(ROLES),
});

export const presenceCursorSchema = z.strictObject({ x: finite, y: finite });

export const presenceSelectionSchema = z.strictObject({
  stepId: z.nullable(idText()),
  noteId: z.nullable(idText()),
});

/** Board point at the centre of the peer's canvas, and their zoom; enough to follow them. */
export const presenceViewSchema = z.strictObject({
  centerX: finite,
  centerY: finite,
  scale: z.number().check(z.positive()),
});

export const presenceStateSchema = z.strictObject({
  user: z.optional(presenceUserSchema),
  cursor: z.optional(z.nullable(presenceCursorSchema)),
  selection: z.optional(presenceSelectionSchema),
  view: z.optional(z.nullable(presenceViewSchema)),
});

/**
 * Awareness client ids from 2^32 up are the relay's own: a Yjs client id is a 32-bit number, so no client
 * ever has one, and the relay refuses a client presenting a state under one (close code 4403).
 */
export const RELAY_CLIENT_ID_MIN = 2 ** 32;
/**
 * The relay's entry that counts the board's observers, sent to every peer in place of each observer's own
 * presence (observers are counted, not broadcast): its state is `{ observers: N }`.
 */
export const OBSERVER_COUNT_CLIENT_ID = RELAY_CLIENT_ID_MIN;

export function isRelayClientId(clientId: number): boolean {
  return clientId >= RELAY_CLIENT_ID_MIN;
}

/** The state of a relay-owned entry: how many observers (distinct people) are present. */
export const observerCountSchema = z.strictObject({
  observers: z.int().check(z.gte(0), z.lte(10_000_000)),
});

export type ObserverCount = z.infer<typeof observerCountSchema>;

export type PresenceUser = z.infer<typeof presenceUserSchema>;
export type PresenceCursor = z.infer<typeof presenceCursorSchema>;
export type PresenceSelection = z.infer<typeof presenceSelectionSchema>;
export type PresenceView = z.infer<typeof presenceViewSchema>;
export type PresenceState = z.infer<typeof presenceStateSchema>;

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, found by one scan of the text (no
 * parsing, no recursion): checked before `JSON.parse` so no hostile nesting is ever built.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

export type PresenceParse =
  | { ok: true; state: PresenceState | null }
  | { ok: false; reason: 'too_big' | 'invalid'; detail: string };

/**
 * Reads one presence state from its JSON text (untrusted): size, nesting, JSON, then the schema.
 * `byteLength` is the text's size as it arrived (UTF-8), checked first.
 */
export function parsePresenceJson(
  text: string,
  byteLength: number,
  maxBytes: number = PRESENCE_LIMITS.maxStateBytes,
): PresenceParse {
  if (byteLength > maxBytes) {
    return {
      ok: false,
      reason: 'too_big',
      detail: `presence state of ${byteLength} bytes (limit ${maxBytes})`,
    };
  }
  if (jsonNestsDeeperThan(text, PRESENCE_LIMITS.maxDepth)) {
    return { ok: false, reason: 'invalid', detail: 'presence state nested too deep' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid', detail: 'presence state is not JSON' };
  }
  if (raw === null) return { ok: true, state: null };
  const parsed = presenceStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || 'state';
    return { ok: false, reason: 'invalid', detail: `presence ${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, state: parsed.data };
}

export type ObserverCountParse =
  | { ok: true; state: ObserverCount | null }
  | { ok: false; reason: 'too_big' | 'invalid'; detail: string };

/** Reads a relay-owned entry's state from its JSON text (untrusted: it may come from a client or the bus). */
export function parseObserverCountJson(text: string, byteLength: number): ObserverCountParse {
  if (byteLength > 256)
    return { ok: false, reason: 'too_big', detail: `observer count of ${byteLength} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid', detail: 'observer count is not JSON' };
  }
  if (raw === null) return { ok: true, state: null };
  const parsed = observerCountSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: 'observer count outside its schema' };
  return { ok: true, state: parsed.data };
}
