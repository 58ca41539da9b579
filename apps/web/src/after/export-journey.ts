import type { BoardSnapshot } from '@journeyboard/journey';

/** The journey exported by default: the first current-state journey. */
export function defaultExportJourney(board: BoardSnapshot): string | null {
  return (board.journeys.find((j) => j.kind === 'current') ?? board.journeys[0])?.id ?? null;
}
