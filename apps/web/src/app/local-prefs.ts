import { TEMPLATE_IDS, type TemplateId } from '@journeyboard/journey';
import * as z from 'zod/mini';
import { isLanguage, type Language } from '../i18n/languages';
import type { BoardLinks } from './api-client';
import { browserStore, safeGet, safeRemove, safeSet } from './key-value-store';

export { loadIdentityToken, saveIdentityToken } from './identity-token';
export { browserStore, type KeyValueStore } from './key-value-store';

/** Exported so other tabs can tell, from a `storage` event, that the name changed. */
export const DISPLAY_NAME_KEY = 'journeyboard:display-name';
/** The interface language this browser chose; never written to a board, so each person has their own. */
export const LANGUAGE_KEY = 'journeyboard:language';
const linksKey = (boardId: string) => `journeyboard:links:${boardId}`;

export const MAX_NAME_LENGTH = 40;

/** Trims, collapses whitespace and caps the length; returns null when nothing usable is left. */
export function normaliseDisplayName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return name ? name : null;
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

export function loadLanguagePreference(store = browserStore()): Language | null {
  const raw = safeGet(store, LANGUAGE_KEY);
  return isLanguage(raw) ? raw : null;
}

export function saveLanguagePreference(language: Language, store = browserStore()): void {
  safeSet(store, LANGUAGE_KEY, language);
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

/** Forgets the board's links (the board was deleted: its keys open nothing any more). */
export function forgetBoardLinks(boardId: string, store = browserStore()): void {
  safeRemove(store, linksKey(boardId));
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

const TEMPLATE_KEY = 'journeyboard:last-template';

/** The template this browser last created a board from, or Blank: the start page preselects it. */
export function loadLastTemplate(store = browserStore()): TemplateId {
  const raw = safeGet(store, TEMPLATE_KEY);
  return (TEMPLATE_IDS as readonly string[]).includes(raw ?? '') ? (raw as TemplateId) : 'blank';
}

export function saveLastTemplate(template: TemplateId, store = browserStore()): void {
  safeSet(store, TEMPLATE_KEY, template);
}
