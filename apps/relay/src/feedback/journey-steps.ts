import { FEEDBACK_LIMITS, type FeedbackStep, journeySteps, readBoardWithIssues } from '@journeyboard/journey';
import type { BoardService } from '../boards/board-service';

/** What the feedback page may show of a journey: its name and its steps' plain titles, in order. */
export interface JourneyOutline {
  readonly title: string;
  readonly steps: readonly FeedbackStep[];
}

/** How long a board's journeys are reused before they are read again (responses validate against them). */
const FRESH_MS = 5_000;
const MAX_BOARDS = 1_000;

function plain(text: string): string {
  // Titles are shown as text, never as HTML; this only keeps them to one short line.
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > FEEDBACK_LIMITS.titleChars
    ? `${line.slice(0, FEEDBACK_LIMITS.titleChars - 1)}…`
    : line;
}

/**
 * The journeys of boards, read from the board's content document and kept a few seconds: the public
 * page and every submission need them, and reading a board builds its document.
 */
export class JourneyOutlines {
  private readonly cache = new Map<string, { at: number; journeys: Map<string, JourneyOutline> }>();

  constructor(private readonly boards: BoardService) {}

  /** The journey's outline, or undefined when the board has no such journey. `fresh` rereads it now. */
  async get(boardId: string, journeyId: string, fresh = false): Promise<JourneyOutline | undefined> {
    const cached = this.cache.get(boardId);
    if (cached && !fresh && Date.now() - cached.at < FRESH_MS) return cached.journeys.get(journeyId);
    const journeys = await this.read(boardId);
    if (this.cache.size >= MAX_BOARDS) this.cache.clear();
    this.cache.set(boardId, { at: Date.now(), journeys });
    return journeys.get(journeyId);
  }

  /** Seconds since the board was last read (to reread at most that often when a step is unknown). */
  ageMs(boardId: string): number {
    const cached = this.cache.get(boardId);
    return cached ? Date.now() - cached.at : Number.POSITIVE_INFINITY;
  }

  forget(boardId: string): void {
    this.cache.delete(boardId);
  }

  private async read(boardId: string): Promise<Map<string, JourneyOutline>> {
    const docs = await this.boards.readDocs(boardId);
    try {
      const { board } = readBoardWithIssues(docs.content);
      const out = new Map<string, JourneyOutline>();
      for (const journey of board.journeys) {
        const steps = journeySteps(board, journey.id).map((step, index) => ({
          id: step.id,
          title: plain(step.title) || `Step ${index + 1}`,
        }));
        // The journey's title as customers know it ("Getting my problem solved") before the workshop's
        // name for this version of it ("Current state").
        out.set(journey.id, {
          title: plain(board.meta.title) || plain(journey.name) || 'Your journey',
          steps,
        });
      }
      return out;
    } finally {
      for (const doc of Object.values(docs)) doc.destroy();
    }
  }
}
