import {
  type BoardSnapshot,
  readBallotResults,
  readBoard,
  readDismissedMoments,
  readSession,
  revealedBoard,
} from '@journeyboard/journey';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';

/** Readers of the whole board re-read at most this often while peers type. */
const THROTTLE_MS = 150;

function useThrottledDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const [value, setValue] = useState(() => read(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      setValue(read(doc));
    };
    const onUpdate = () => {
      timer ??= setTimeout(refresh, THROTTLE_MS);
    };
    setValue(read(doc));
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc, read]);
  return value;
}

const safeReadBoard = (doc: Y.Doc): BoardSnapshot => readBoard(doc);

/** The whole board, live (for the after-workshop panels, which all summarise across it). */
export function useBoardSnapshot(content: Y.Doc): BoardSnapshot {
  return useThrottledDocValue(content, safeReadBoard);
}

const readRevealed = (session: Y.Doc) => ({
  results: readBallotResults(session),
  visibility: readSession(session).ratingVisibility,
});

/**
 * The whole board as the after-workshop panels summarise it (moments of truth, compare, exports): its
 * ratings are the revealed ones only (the relay's distributions, anonymous), none while hidden.
 */
export function useRevealedBoardSnapshot(docs: { content: Y.Doc; session: Y.Doc }): BoardSnapshot {
  const board = useBoardSnapshot(docs.content);
  const session = useThrottledDocValue(docs.session, readRevealed);
  return useMemo(() => revealedBoard(board, session.results, session.visibility), [board, session]);
}

/** Dismissed moment-of-truth suggestions from the session document, live. */
export function useDismissedMoments(session: Y.Doc): ReadonlySet<string> {
  return useThrottledDocValue(session, readDismissedMoments);
}
