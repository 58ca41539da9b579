import { useIdleAfter } from '../app/use-idle-after';
import { useCanvasComplete } from '../canvas/canvas-progress';
import { useBoard } from './board-context';
import { useConnectionStatus } from './use-board-connection';

/** Parts that can wait never wait longer than this for the board to be drawn. */
const MAX_WAIT_MS = 3000;

/**
 * True once the board's content has arrived (or the connection settled otherwise), the canvas has every
 * column in view mounted and the browser then had an idle moment. Code that is not needed to draw the
 * board (side panels, forms) loads after that, so it never competes with the map for the network or CPU.
 */
export function useBoardDrawn(): boolean {
  const { connection, docs } = useBoard();
  const settled = useConnectionStatus(connection).kind !== 'connecting';
  const drawn = useCanvasComplete(docs.content);
  return useIdleAfter(settled && drawn, MAX_WAIT_MS);
}
