import { observeQuestions, type Question, readQuestions } from '@journeyboard/journey';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** A value derived from the questions document, re-rendering only when `same` says it changed. */
export function useQuestionsDerived<T>(
  doc: Y.Doc,
  derive: (questions: readonly Question[]) => T,
  same: (a: T, b: T) => boolean,
): T {
  const cache = useRef<{ doc: Y.Doc; value: T } | null>(null);
  const read = useCallback(() => {
    if (cache.current && cache.current.doc === doc) return cache.current.value;
    const value = derive(readQuestions(doc));
    cache.current = { doc, value };
    return value;
  }, [doc, derive]);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeQuestions(doc, (questions) => {
        const value = derive(questions);
        if (cache.current && cache.current.doc === doc && same(cache.current.value, value)) return;
        cache.current = { doc, value };
        notify();
      }),
    [doc, derive, same],
  );
  return useSyncExternalStore(subscribe, read, read);
}
