import type { Logger } from 'pino';
import { boardLinks } from '../http/links';
import type { BoardService } from './board-service';

interface Links {
  readonly facilitator: string;
  readonly participant: string;
  readonly observer: string;
}

/**
 * The demo board's log entry: one line of message, and each link as a field of its own, so a JSON log keeps
 * them as separate values (no "\n" inside a message) and a terminal (pino-pretty) prints one per line.
 */
export function demoBoardEntry(boardId: string, links: Links) {
  return {
    fields: {
      board: boardId,
      facilitatorLink: links.facilitator,
      participantLink: links.participant,
      observerLink: links.observer,
    },
    message: 'demo board created: open the facilitator link to run it, share the others',
  };
}

/** On the very first start, a board from the onboarding template so `npm start` is useful at once. */
export async function createDemoBoard(boards: BoardService, baseUrl: string, logger: Logger): Promise<void> {
  const { board, keys } = await boards.create('Demo: new employee onboarding', 'onboarding');
  const entry = demoBoardEntry(board.id, boardLinks(baseUrl, board.id, keys));
  // Shown whatever LOG_LEVEL says: these links are the only way into the board.
  logger.child({}, { level: 'info' }).info(entry.fields, entry.message);
}
