import type { ServiceDeskFigure } from '@journeyboard/journey';
import { useContext } from 'react';
import * as Y from 'yjs';
import { BoardContext } from '../board/board-context';
import { useServiceDeskFigures } from './use-service-desk';

// The room the canvas keeps under the emotion curve for imported service-desk figures. Part of the board's
// first load (the figures' boxes come later, see service-desk-marks.tsx): the rows below the curve are laid
// out once, not moved when the boxes' code arrives.

/** The footer's height under the curve, in board units, when the board holds service-desk figures. */
export const DESK_FOOTER_HEIGHT = 78;

/** Outside a board (the canvas's dev harness) there is no document: an empty one reads no figures. */
const NO_DOC = new Y.Doc();

/** The board's imported service-desk figures (step → month → figures), live; none outside a board. */
export function useBoardServiceDeskFigures(): Map<string, Map<string, ServiceDeskFigure>> {
  const board = useContext(BoardContext);
  return useServiceDeskFigures(board?.docs.content ?? NO_DOC);
}

/** For the canvas's marks slot: room under the curve only while the board holds figures. */
export function useServiceDeskFooter(): number {
  return useBoardServiceDeskFigures().size > 0 ? DESK_FOOTER_HEIGHT : 0;
}
