import { create } from 'zustand';
import {
  centreOfRect,
  clampScale,
  DEFAULT_VIEWPORT,
  type Insets,
  NO_INSETS,
  type Point,
  panBy,
  type Size,
  type Viewport,
  visibleArea,
  ZOOM_STEP,
  zoomAround,
} from './viewport';
import { type BoardExtent, clampViewport } from './viewport-limits';

/**
 * What the in-place text editor can open on; null for nothing. The canvas's interaction store is the one
 * place that says what is being edited; panels only ask it to open an editor (see `requestEdit`).
 */
export type EditingTarget =
  | { kind: 'step'; stepId: string; field: string }
  | { kind: 'note'; noteId: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'channel'; channelId: string }
  | { kind: 'lane'; laneId: string }
  | null;

/**
 * Local, per-tab UI state only. Nothing here is shared: the journey lives in the Y.Doc, presence in
 * awareness. Panels (inspector, outline, toolbar) read the selection and call the viewport actions.
 */
export interface UiState {
  selectedStepId: string | null;
  selectedNoteId: string | null;
  viewport: Viewport;
  /** Size of the canvas element in CSS pixels, kept by the canvas so buttons can zoom around its centre. */
  viewportSize: Size;
  /**
   * How much of the canvas panels laid over it cover (screen pixels per side): fitting, centring and
   * following aim at the rest, so nothing anyone is pointed to lands under a panel.
   */
  viewportInsets: Insets;
  /**
   * Screen pixels at the canvas's bottom that a participant's rating box covers (0 for other roles): kept
   * while no step is selected, so the first move of the keyboard already keeps clear of it.
   */
  ratingBoxCover: number;
  /** The whole board's extent in board units, kept by the canvas so no viewport can lose the board. */
  contentSize: BoardExtent | null;
  /**
   * A panel asks the canvas to open its in-place editor on a target (e.g. the title of a step just added
   * from the toolbar); `seq` makes a repeated request count. The canvas honours it once.
   */
  editRequest: { target: NonNullable<EditingTarget>; seq: number } | null;
  /** A panel asks the canvas to bring a step or note into view (e.g. a note just added in the outline). */
  revealRequest: { target: NonNullable<EditingTarget>; seq: number } | null;
  /**
   * Someone else points this person at a step (the facilitator's spotlight): the canvas brings it into the
   * part no panel covers (see `showViewport`), leaving the keyboard focus where it is. Honoured once.
   */
  showRequest: { stepId: string; seq: number } | null;
  /** Incremented by requestZoomToFit; the canvas fits the board whenever it changes. */
  zoomToFitRequest: number;
  /** Awareness clientID of the user whose view we follow, or null. */
  followTarget: number | null;

  setSelectedStepId(stepId: string | null): void;
  setSelectedNoteId(noteId: string | null): void;
  clearSelection(): void;
  setViewport(viewport: Viewport): void;
  setViewportSize(size: Size): void;
  setViewportInsets(insets: Insets): void;
  setRatingBoxCover(pixels: number): void;
  setContentSize(size: BoardExtent | null): void;
  /** Moves the viewport as little as needed to show the board again (after a size changed). */
  keepBoardInView(): void;
  panBy(dx: number, dy: number): void;
  /** Zooms by `factor` around `anchor` (screen coordinates), or around the canvas centre. */
  zoomBy(factor: number, anchor?: Point): void;
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
  requestZoomToFit(): void;
  requestEdit(target: NonNullable<EditingTarget>): void;
  requestReveal(target: NonNullable<EditingTarget>): void;
  requestShow(stepId: string): void;
  setFollowTarget(clientId: number | null): void;
}

/** The centre of what is visible of the canvas: zoom buttons zoom around it. */
function centreOf(size: Size, insets: Insets): Point {
  return centreOfRect(visibleArea(size, insets));
}

/**
 * Where a viewport may go: a finite one, its zoom within the limits, moved as little as needed to keep the
 * board in the part of the canvas no panel covers (once the canvas knows both sizes). Every way of
 * setting the viewport goes through here. Null for a viewport that cannot be shown (NaN, infinite).
 */
function placed(
  viewport: Viewport,
  state: Pick<UiState, 'contentSize' | 'viewportSize' | 'viewportInsets'>,
): Viewport | null {
  if (![viewport.x, viewport.y, viewport.scale].every(Number.isFinite)) return null;
  const scaled = { x: viewport.x, y: viewport.y, scale: clampScale(viewport.scale) };
  const { contentSize, viewportSize, viewportInsets } = state;
  return contentSize ? clampViewport(scaled, contentSize, visibleArea(viewportSize, viewportInsets)) : scaled;
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale;
}

export const useUiStore = create<UiState>()((set, get) => ({
  selectedStepId: null,
  selectedNoteId: null,
  viewport: DEFAULT_VIEWPORT,
  viewportSize: { width: 0, height: 0 },
  viewportInsets: NO_INSETS,
  ratingBoxCover: 0,
  contentSize: null,
  editRequest: null,
  revealRequest: null,
  showRequest: null,
  zoomToFitRequest: 0,
  followTarget: null,

  // Selecting a step clears the note selection (and vice versa) so there is one focus at a time.
  setSelectedStepId: (stepId) => set({ selectedStepId: stepId, selectedNoteId: null }),
  setSelectedNoteId: (noteId) => set({ selectedNoteId: noteId, selectedStepId: null }),
  clearSelection: () => set({ selectedStepId: null, selectedNoteId: null }),
  setViewport: (viewport) => {
    const next = placed(viewport, get());
    // Following someone asks again at every awareness change: an unchanged view notifies no one.
    if (next && !sameViewport(next, get().viewport)) set({ viewport: next });
  },
  setViewportSize: (size) => {
    const current = get().viewportSize;
    if (current.width === size.width && current.height === size.height) return;
    set({ viewportSize: { width: size.width, height: size.height } });
    get().keepBoardInView();
  },
  setViewportInsets: (insets) => {
    const current = get().viewportInsets;
    if (
      current.top === insets.top &&
      current.right === insets.right &&
      current.bottom === insets.bottom &&
      current.left === insets.left
    )
      return;
    set({ viewportInsets: { ...insets } });
    get().keepBoardInView();
  },
  setRatingBoxCover: (pixels) => {
    if (get().ratingBoxCover !== pixels) set({ ratingBoxCover: pixels });
  },
  setContentSize: (size) => {
    const current = get().contentSize;
    if (
      current === size ||
      (current &&
        size &&
        current.width === size.width &&
        current.height === size.height &&
        current.pinnedLeft === size.pinnedLeft &&
        current.pinnedTop === size.pinnedTop)
    )
      return;
    set({ contentSize: size });
    get().keepBoardInView();
  },
  // A board that shrank, or a canvas that did, must not leave the view showing none of it.
  keepBoardInView: () => get().setViewport(get().viewport),
  // A manual pan or zoom ends following: the user has taken the wheel.
  panBy: (dx, dy) => {
    const moved = placed(panBy(get().viewport, dx, dy), get());
    if (moved) set({ viewport: moved, followTarget: null });
  },
  zoomBy: (factor, anchor) => {
    if (!Number.isFinite(factor) || factor <= 0) return;
    const { viewport, viewportSize, viewportInsets } = get();
    const zoomed = placed(
      zoomAround(viewport, anchor ?? centreOf(viewportSize, viewportInsets), factor),
      get(),
    );
    if (zoomed) set({ viewport: zoomed, followTarget: null });
  },
  zoomIn: () => get().zoomBy(ZOOM_STEP),
  zoomOut: () => get().zoomBy(1 / ZOOM_STEP),
  resetZoom: () => get().zoomBy(1 / get().viewport.scale),
  requestZoomToFit: () => set({ zoomToFitRequest: get().zoomToFitRequest + 1, followTarget: null }),
  requestEdit: (target) => set({ editRequest: { target, seq: (get().editRequest?.seq ?? 0) + 1 } }),
  requestReveal: (target) => set({ revealRequest: { target, seq: (get().revealRequest?.seq ?? 0) + 1 } }),
  requestShow: (stepId) => set({ showRequest: { stepId, seq: (get().showRequest?.seq ?? 0) + 1 } }),
  setFollowTarget: (clientId) => set({ followTarget: clientId }),
}));

/** The initial state, for tests and for leaving a board. */
export function resetUiStore(): void {
  useUiStore.setState({
    selectedStepId: null,
    selectedNoteId: null,
    viewport: DEFAULT_VIEWPORT,
    viewportSize: { width: 0, height: 0 },
    viewportInsets: NO_INSETS,
    ratingBoxCover: 0,
    contentSize: null,
    editRequest: null,
    revealRequest: null,
    showRequest: null,
    zoomToFitRequest: 0,
    followTarget: null,
  });
}
