import { type FeedbackResults, observeFeedbackResults, readFeedbackResults } from '@journeyboard/journey';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from '../board/use-doc-value';

/** Customers' feedback as the relay published it in the session document (live). */
export function useFeedbackResults(session: Y.Doc): FeedbackResults {
  const read = useCallback(() => readFeedbackResults(session), [session]);
  const observe = useCallback(
    (next: (value: FeedbackResults) => void) => observeFeedbackResults(session, next),
    [session],
  );
  return useDocValue(session, read, observe);
}
