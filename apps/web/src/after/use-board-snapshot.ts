import { type BoardSnapshot, readBoard, readDismissedMoments } from '@journeyboard/journey';
import { useEffect, useState } from 'react';
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

/** Dismissed moment-of-truth suggestions from the session document, live. */
export function useDismissedMoments(session: Y.Doc): ReadonlySet<string> {
  return useThrottledDocValue(session, readDismissedMoments);
}
