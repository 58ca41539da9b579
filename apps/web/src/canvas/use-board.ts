import type { EntityByKind, EntityKind } from '@journeyboard/journey';
import { useCallback, useSyncExternalStore } from 'react';
import type { BoardStore, CurveModel } from './board-store';
import type { BoardStructure } from './board-structure';
import type { BoardLayout } from './layout';

export function useStructure(store: BoardStore): BoardStructure {
  return useSyncExternalStore(store.subscribeStructure, store.getStructure);
}

export function useLayout(store: BoardStore): BoardLayout {
  return useSyncExternalStore(store.subscribeStructure, store.getLayout);
}

export function useCurve(store: BoardStore): CurveModel {
  return useSyncExternalStore(store.subscribeCurve, store.getCurve);
}

/** One entity, re-rendering only when a transaction touches it (locally or from a peer). */
export function useEntity<K extends EntityKind>(
  store: BoardStore,
  kind: K,
  id: string,
): EntityByKind[K] | null {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeEntity(kind, id, listener),
    [store, kind, id],
  );
  const get = useCallback(() => store.getEntity(kind, id), [store, kind, id]);
  return useSyncExternalStore(subscribe, get);
}
