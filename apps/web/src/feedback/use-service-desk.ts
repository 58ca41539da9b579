import { readServiceDeskFigures, SERVICE_DESK_ROOT, type ServiceDeskFigure } from '@journeyboard/journey';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from '../board/use-doc-value';

type Figures = Map<string, Map<string, ServiceDeskFigure>>;

/** The board's imported service-desk figures (step → month → figures), live. */
export function useServiceDeskFigures(content: Y.Doc): Figures {
  const read = useCallback(() => readServiceDeskFigures(content), [content]);
  const observe = useCallback(
    (next: (value: Figures) => void) => {
      const map = content.getMap(SERVICE_DESK_ROOT);
      const handler = () => next(readServiceDeskFigures(content));
      map.observe(handler);
      return () => map.unobserve(handler);
    },
    [content],
  );
  return useDocValue(content, read, observe);
}
