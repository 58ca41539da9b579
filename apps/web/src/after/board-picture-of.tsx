import { type BoardSnapshot, writeBoard } from '@journeyboard/journey';
import type { ReactNode } from 'react';
import * as Y from 'yjs';
import { BoardDrawing } from '../canvas/board-drawing';
import { type BoardPicture, drawBoardPicture } from '../canvas/board-picture';
import { BoardStore } from '../canvas/board-store';
import { buildStructure } from '../canvas/board-structure';
import { type CanvasMarks, CanvasMarksContext, NO_MARKS } from '../canvas/canvas-marks-slot';
import { computeLayout } from '../canvas/layout';
import { measureLine } from '../canvas/measure-text';
import { message } from '../i18n/i18n';
import { CardAfterMarks, MarksDocContext, MarksWordsContext, NoteAfterMarks } from './canvas-marks';
import { posterEvidenceEntries } from './poster-evidence';
import { PosterFrame } from './poster-frame';
import { type PosterFactsInput, type PosterLayout, posterFacts, posterLayout } from './poster-layout';
import { loadPosterThumbs, type PosterThumb, type ThumbLoader } from './poster-thumbs';
import { type ProgressListener, yieldToBrowser } from './yield';

// Pictures of a board snapshot (exports, checkpoints), drawn by the canvas's own components: the snapshot
// is written into a scratch document the canvas's store reads, exactly as it reads a live board.

/** A picture carries the after-workshop tags (moments of truth, linked opportunities). */
const PICTURE_MARKS: CanvasMarks = { ...NO_MARKS, card: [CardAfterMarks], note: [NoteAfterMarks] };

export interface SnapshotPicture extends BoardPicture {
  /** Where the board sits in the picture and the poster's layout, if it is a poster. */
  readonly poster: PosterLayout | null;
}

function scratchStore(board: BoardSnapshot, journeyId: string | null): BoardStore {
  const doc = new Y.Doc();
  writeBoard(doc, board);
  return new BoardStore(doc, journeyId);
}

/** Text widths as the board's font draws them. */
export const measureText = (text: string, fontSize: number, bold: boolean) =>
  measureLine(text, fontSize, bold);

async function draw(
  store: BoardStore,
  size: { width: number; height: number },
  frame: (board: ReactNode) => ReactNode,
  onProgress: ProgressListener,
): Promise<BoardPicture> {
  const columnCount = store.getLayout().columns.length;
  try {
    return await drawBoardPicture({
      width: size.width,
      height: size.height,
      columnCount,
      pause: yieldToBrowser,
      onProgress: (f) => onProgress(f, message('after.export.step.drawing')),
      render: (columns) => (
        <CanvasMarksContext.Provider value={PICTURE_MARKS}>
          <MarksDocContext.Provider value={store.doc}>
            {frame(<BoardDrawing store={store} columnsDrawn={columns} />)}
          </MarksDocContext.Provider>
        </CanvasMarksContext.Provider>
      ),
    });
  } catch (error) {
    store.dispose();
    store.doc.destroy();
    throw error;
  }
}

function owning(picture: BoardPicture, store: BoardStore, poster: PosterLayout | null): SnapshotPicture {
  return {
    ...picture,
    poster,
    destroy() {
      picture.destroy();
      store.dispose();
      store.doc.destroy();
    },
  };
}

/** The board alone, as the canvas draws it at full detail (a checkpoint, a replay frame). */
export async function drawSnapshot(
  board: BoardSnapshot,
  journeyId: string | null,
  onProgress: ProgressListener = () => {},
): Promise<SnapshotPicture> {
  const store = scratchStore(board, journeyId);
  const { width, height } = store.getLayout();
  const picture = await draw(store, { width, height }, (drawing) => drawing, onProgress);
  return owning(picture, store, null);
}

/** What a poster is made of: the board's facts, and how to fetch its evidence thumbnails. */
export interface PosterInput extends PosterFactsInput {
  /** Fetches a thumbnail (authorised with the board's key); without it, images show as placeholders. */
  readonly loadThumb?: ThumbLoader;
}

/**
 * The poster: header (title, persona, goal, date), the board as the canvas draws it, the thumbnails of
 * its steps' and notes' files, and a legend. A thumbnail that cannot be fetched is drawn as a placeholder.
 */
export async function drawPoster(
  input: PosterInput,
  onProgress: ProgressListener = () => {},
): Promise<SnapshotPicture> {
  const layout = posterLayoutOf(input);
  const images =
    layout.evidence?.tiles.filter((tile) => tile.entry.image).map((tile) => tile.entry.hash) ?? [];
  const thumbs =
    input.loadThumb && images.length > 0
      ? await loadPosterThumbs(images, input.loadThumb, (done, count) =>
          onProgress(0.2 * (done / count), message('after.export.step.thumbnails', { done, count })),
        )
      : new Map<string, PosterThumb | null>();
  const store = scratchStore(input.board, input.journeyId);
  const picture = await draw(
    store,
    layout,
    // The board's own marks ("Moment of truth") in the board's language too.
    (drawing) => (
      <MarksWordsContext.Provider value={input.words.t}>
        <PosterFrame layout={layout} thumbs={thumbs} t={input.words.t}>
          {drawing}
        </PosterFrame>
      </MarksWordsContext.Provider>
    ),
    (f, label) => onProgress(0.2 + 0.8 * f, label),
  );
  return owning(picture, store, layout);
}

/** The poster's layout for a board, without drawing it (the export panel shows its size). */
export function posterLayoutOf(input: PosterFactsInput): PosterLayout {
  const structure = buildStructure({ ...input.board, journeyId: input.journeyId });
  const board = computeLayout(structure.layoutInput);
  return posterLayout({
    facts: posterFacts(input),
    boardWidth: board.width,
    boardHeight: board.height,
    channels: structure.channels,
    evidence: posterEvidenceEntries(input.board, structure, input.words.t),
    targetScore: input.board.meta.targetScore,
    measure: measureText,
    t: input.words.t,
  });
}
