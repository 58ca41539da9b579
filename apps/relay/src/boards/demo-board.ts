import type { Logger } from 'pino';
import { boardLinks } from '../http/links';
import type { BoardService } from './board-service';

/** On the very first start, a board from the onboarding template so `npm start` is useful at once. */
export async function createDemoBoard(boards: BoardService, baseUrl: string, logger: Logger): Promise<void> {
  const { board, keys } = await boards.create('Demo: new employee onboarding', 'onboarding');
  const links = boardLinks(baseUrl, board.id, keys);
  // Shown whatever LOG_LEVEL says: these links are the only way into the board.
  logger
    .child({}, { level: 'info' })
    .info(
      { board: board.id, links },
      `demo board created\n  facilitator: ${links.facilitator}\n  participant: ${links.participant}\n  observer:    ${links.observer}`,
    );
}
