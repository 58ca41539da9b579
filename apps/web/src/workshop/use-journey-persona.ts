import { observeMeta, readJourneyPersonaId } from '@journeyboard/journey';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The id of the persona the journey is for, live (stored beside the meta fields). */
export function useJourneyPersonaId(doc: Y.Doc): string | null {
  const read = useCallback(() => readJourneyPersonaId(doc), [doc]);
  const subscribe = useCallback((notify: () => void) => observeMeta(doc, () => notify()), [doc]);
  return useSyncExternalStore(subscribe, read, read);
}
