import { type BoardSnapshot, defaultJourney } from '@journeyboard/journey';

/** The journey exported by default: the one the board shows (`defaultJourney`). */
export function defaultExportJourney(board: BoardSnapshot): string | null {
  return defaultJourney(board.journeys)?.id ?? null;
}
