import type * as Y from 'yjs';
import { metaMap } from './doc';
import { transact } from './mutate';
import type { Origin } from './types';

// Which persona the board's journey is for. Kept in the meta map beside the title and goal so that it
// travels with the journey's frame; stored as its own key so older readers simply ignore it.

export const JOURNEY_PERSONA_KEY = 'personaId';

export function readJourneyPersonaId(doc: Y.Doc): string | null {
  const value = metaMap(doc).get(JOURNEY_PERSONA_KEY);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function setJourneyPersona(doc: Y.Doc, personaId: string | null, origin: Origin): void {
  transact(doc, origin, () => {
    const map = metaMap(doc);
    if (personaId === null) map.delete(JOURNEY_PERSONA_KEY);
    else if (map.get(JOURNEY_PERSONA_KEY) !== personaId) map.set(JOURNEY_PERSONA_KEY, personaId);
  });
}
