import { z } from 'zod';
import type { BoardLinks } from './api-client';

/** The subset of Storage we use, so tests can pass a Map-backed fake and private mode cannot crash us. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Exported so other tabs can tell, from a `storage` event, that the name changed. */
export const DISPLAY_NAME_KEY = 'journeyboard:display-name';
const USER_ID_KEY = 'journeyboard:user-id';
const linksKey = (boardId: string) => `journeyboard:links:${boardId}`;

export const MAX_NAME_LENGTH = 40;

/** Trims, collapses whitespace and caps the length; returns null when nothing usable is left. */
export function normaliseDisplayName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return name ? name : null;
}

function safeGet(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(store: KeyValueStore | null, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Storage may be full or disabled; the preference just will not be remembered.
  }
}

export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadDisplayName(store = browserStore()): string | null {
  const raw = safeGet(store, DISPLAY_NAME_KEY);
  return raw === null ? null : normaliseDisplayName(raw);
}

/** Saves the normalised name and returns it, or returns null (and keeps the old name) when it is blank. */
export function saveDisplayName(name: string, store = browserStore()): string | null {
  const normalised = normaliseDisplayName(name);
  if (normalised) safeSet(store, DISPLAY_NAME_KEY, normalised);
  return normalised;
}

/** A stable per-browser id, used as the author of notes and as the awareness user id. */
export function loadOrCreateUserId(store = browserStore(), random: () => string = randomId): string {
  const existing = safeGet(store, USER_ID_KEY);
  if (existing && /^[A-Za-z0-9_-]{6,64}$/.test(existing)) return existing;
  const id = random();
  safeSet(store, USER_ID_KEY, id);
  return id;
}

function randomId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return `u-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const storedLinksSchema = z.object({
  facilitator: z.string(),
  participant: z.string(),
  observer: z.string(),
});

/** The three links exist only in the creation response, so the facilitator's browser keeps them. */
export function saveBoardLinks(boardId: string, links: BoardLinks, store = browserStore()): void {
  safeSet(store, linksKey(boardId), JSON.stringify(links));
}

export function loadBoardLinks(boardId: string, store = browserStore()): BoardLinks | null {
  const raw = safeGet(store, linksKey(boardId));
  if (!raw) return null;
  try {
    const parsed = storedLinksSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
