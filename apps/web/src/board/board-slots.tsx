import { type ReactNode, Suspense, useMemo } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { type CanvasMarks, CanvasMarksContext } from '../canvas/canvas-marks-slot';
import { useEarlyPastes } from '../evidence/early-paste';
import type { PastedFiles } from '../evidence/pasted-files';
import { useStrayDropsRefused } from '../evidence/stray-drops';
import { FeedbackToggle } from '../feedback/feedback-panel-host';
import { useServiceDeskFooter } from '../feedback/service-desk-footer';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { type PanelSlots, PanelSlotsContext } from '../panels/panel-slots';
import { useBoard } from './board-context';
import { type BoardParts, useBoardPartsStore } from './board-parts-store';
import { DeferredPart } from './deferred-panel';
import { useBoardDrawn } from './use-board-drawn';

// The board composes its parts: the canvas and the panels take what the workshop, the evidence, the
// customers' feedback and the after-workshop work add to them through these slots, and import none.
// Only what the first drawing needs is in the board's first load: the room under the curve for
// service-desk figures (so nothing moves later). The marks and panel parts arrive once the board is drawn
// (board-parts-host.tsx) and simply appear. Taking pasted files loads once the board is drawn too (files
// dropped on the canvas come with the canvas's input code, canvas-input-part.tsx); a paste before that is
// kept (early-paste.ts) and attached when the code is in. Their upload code loads on demand.

const Parts = lazyPart(
  withMessages(['evidence', 'workshop', 'feedback', 'after'], () =>
    import('./board-parts-host').then((m) => m.BoardPartsHost),
  ),
);

const Paste = lazyPart(
  withMessages(['input'], () => import('../evidence/board-paste').then((m) => m.BoardPaste)),
);

// Hooks of the slot: the same functions before and after the parts arrive (the canvas calls them always).
const useCurveRatings = () => useBoardPartsStore((state) => state.curveRatings);
const useSummary = () => useBoardPartsStore((state) => state.summary);

const FIRST_MARKS: CanvasMarks = {
  card: [],
  note: [],
  curve: [],
  useCurveFooter: useServiceDeskFooter,
  useSummary,
  useCurveRatings,
};

/** The toolbar's additions: the later parts' (files on their way, an opportunity from the selection), then the facilitator's customer feedback. */
function ToolbarExtra() {
  const { role } = useBoard();
  const Later = useBoardPartsStore((state) => state.parts?.ToolbarParts ?? null);
  return (
    <>
      {Later ? <Later /> : null}
      {role === 'facilitator' ? <FeedbackToggle /> : null}
    </>
  );
}

const FIRST_PANEL_SLOTS: PanelSlots = {
  StepExtra: null,
  StepRating: null,
  StepOutlineExtra: null,
  SelectionExtra: null,
  ToolbarExtra,
};

/**
 * The canvas's marks: none until the later parts arrived, then theirs. The hooks are the same functions
 * throughout, as the canvas calls them on every render (the rules of hooks).
 */
export function boardMarks(parts: BoardParts | null): CanvasMarks {
  return parts ? { ...FIRST_MARKS, card: parts.card, note: parts.note, curve: parts.curve } : FIRST_MARKS;
}

/** The panels' slots: the toolbar's from the start, the others once the later parts arrived. */
export function boardPanelSlots(parts: BoardParts | null): PanelSlots {
  return parts ? { ...parts.panels, ToolbarExtra } : FIRST_PANEL_SLOTS;
}

/**
 * Loads the later parts once the board is drawn, at once when their code is already here (another board);
 * and the paste code once the board is drawn.
 */
function PartsLoader({ takePastes }: { readonly takePastes: () => readonly PastedFiles[] }) {
  const t = useT();
  const drawn = useBoardDrawn();
  const loaded = useBoardPartsStore((state) => state.parts !== null);
  if (!drawn && !loaded) return null;
  return (
    // Draws nothing, unless their code could not be fetched: then it says so, with "Try again".
    <div className="board-parts">
      <DeferredPart part={Paste} label={t('board.area.paste')} props={{ takeKept: takePastes }} />
      <ErrorBoundary area={t('board.area.marks')}>
        <Suspense fallback={null}>
          <Parts.Part />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

export function BoardSlots({ children }: { readonly children: ReactNode }) {
  // A screenshot pasted anywhere on the board goes to the selected step or note: kept from the first
  // render, attached once the paste code is in.
  const takePastes = useEarlyPastes();
  // A file dropped off the canvas is refused, not opened in the tab in place of the board.
  useStrayDropsRefused();
  const parts = useBoardPartsStore((state) => state.parts);
  const marks = useMemo(() => boardMarks(parts), [parts]);
  const panels = useMemo(() => boardPanelSlots(parts), [parts]);
  return (
    <CanvasMarksContext.Provider value={marks}>
      <PanelSlotsContext.Provider value={panels}>
        {children}
        <PartsLoader takePastes={takePastes} />
      </PanelSlotsContext.Provider>
    </CanvasMarksContext.Provider>
  );
}
