import { observeQuestions, type Question, readQuestions } from '@journeyboard/journey';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from '../board/use-doc-value';

/** A value derived from the questions document, re-rendering only when `same` says it changed. */
export function useQuestionsDerived<T>(
  doc: Y.Doc,
  derive: (questions: readonly Question[]) => T,
  same: (a: T, b: T) => boolean,
): T {
  const read = useCallback(() => derive(readQuestions(doc)), [doc, derive]);
  const observe = useCallback(
    (next: (value: T) => void) => observeQuestions(doc, (questions) => next(derive(questions))),
    [doc, derive],
  );
  return useDocValue(doc, read, observe, same);
}
