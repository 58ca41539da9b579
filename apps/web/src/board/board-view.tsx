import { SCHEMA_VERSION } from '@journeyboard/journey';
import {
  type CSSProperties,
  Fragment,
  memo,
  type ReactNode,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { AfterPanel } from '../after/after-panel';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { loadBoardLinks } from '../app/local-prefs';
import { type CanvasPresenceStore, createCanvasPresence } from '../canvas/canvas-presence';
import { curveLegendText } from '../canvas/curve-legend';
import { JourneyCanvas } from '../canvas/journey-canvas';
import { FeedbackPanelHost } from '../feedback/feedback-panel-host';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { Announcer } from '../panels/announcer';
import { RefusalBanner } from '../panels/connection-indicator';
import { useStructureStore } from '../panels/structure-store';
import { SHARE_BUTTON_ID, Toolbar } from '../panels/toolbar';
import { useArrivalFocus } from './arrival-focus';
import { useBoard } from './board-context';
import { BoardHeader } from './board-header';
import { DeferredCanvasInput } from './canvas-input-host';
import { DeferredContent, DeferredPanel, DeferredPart } from './deferred-panel';
import { editBlock } from './edit-permission';
import type { OutlineStructure } from './outline-structure';
import { closeOnEscape, PanelBar, panelElementId } from './panel-bar';
import { usePanelCodePrefetch } from './panel-code-prefetch';
import {
  type BesideCanvas,
  PANEL_WIDTHS,
  type PanelId,
  type PanelPlacement,
  panelOrder,
  placePanels,
} from './panel-layout';
import { usePanelLayout } from './panel-layout-store';
import { PanelRail } from './panel-rail';
import { usePanelStore } from './panel-store';
import { canEditStructure } from './permissions';
import { CANVAS_ID, SkipLinks } from './skip-links';
import { useBoardDrawn } from './use-board-drawn';
import { useCanvasInsets } from './use-canvas-insets';
import { useMeta, useSessionPermissions } from './use-journey';
import { useMigrateOlderBoard } from './use-migrate';
import { useOutlineStructure } from './use-outline';
import { useOverlayRight } from './use-overlay-right';
import { usePanelSync } from './use-panel-sync';
import { useUndoShortcuts } from './use-undo';
// The workshop bar and panel load later, but their places in the layout are styled from the start.
import '../workshop/workshop.css';

// Not needed to draw the board: loaded once it is drawn (see DeferredPanel).
// The panel's questions and personas carry evidence.
const Workshop = lazyPart(
  withMessages(['workshop', 'evidence', 'edit'], () =>
    import('../workshop/workshop-panel').then((m) => m.WorkshopPanel),
  ),
);
const SessionBar = lazyPart(
  withMessages(['workshop', 'edit'], () => import('../workshop/workshop-bar').then((m) => m.WorkshopBar)),
);
const RatingDock = lazyPart(
  withMessages(['workshop'], () => import('../workshop/card-rating-dock').then((m) => m.CardRatingDock)),
);
const Share = lazyPart(
  withMessages(['share'], () => import('../app/share-dialog').then((m) => m.ShareDialog)),
);
// The outline panel starts closed: its step details and outline load once the board is drawn, or when opened.
const OutlineBody = lazyPart(
  withMessages(['outline', 'edit'], () =>
    import('../panels/outline-panel-body').then((m) => m.OutlinePanelBody),
  ),
);
const Structure = lazyPart(
  withMessages(['structure', 'edit'], () =>
    import('../panels/structure-panel').then((m) => m.StructurePanel),
  ),
);

/**
 * The board screen: skip links, header, toolbar, and the canvas with the side panels (outline, workshop,
 * after the workshop) on a rail at its right edge, each open over the canvas or docked beside it.
 */
export function BoardView({
  boardTitle,
  focusOnArrival = false,
}: {
  readonly boardTitle: string;
  /** Whether the keyboard starts on the canvas (after the name prompt, which took it along). */
  readonly focusOnArrival?: boolean;
}) {
  const t = useT();
  const { docs, role, connection, undoManager } = useBoard();
  const meta = useMeta(docs.content);
  const { locked } = useSessionPermissions(docs.session);
  const block = editBlock(role, locked, meta.schemaVersion > SCHEMA_VERSION);
  const canEdit = block === null;
  // Upgrading an older board rewrites its structure: the facilitator's to do.
  useMigrateOlderBoard(docs.content, meta.schemaVersion, canEdit && canEditStructure(role));
  const structure = useOutlineStructure(docs.content);
  useUndoShortcuts(undoManager, canEdit);
  // Others on the canvas: filled by the presence code once it has loaded (PresencePart).
  const [presence] = useState(createCanvasPresence);
  // The board's title names the workshop; the journey's title is the customer's view of it.
  const title = boardTitle || meta.title;
  const journeyTitle = meta.title && meta.title !== title ? meta.title : null;
  const prefs = usePanelLayout((state) => state.prefs);
  const placement = useMemo(() => placePanels(prefs), [prefs]);
  const main = useRef<HTMLDivElement>(null);
  // The floating panel's place first: the canvas's insets measure it.
  useOverlayRight(main, placement);
  useCanvasInsets(main, placement);
  usePanelSync();
  usePanelCodePrefetch(role);

  return (
    <div className="board-layout">
      <SkipLinks />
      <BoardHeader title={title} journeyTitle={journeyTitle} block={block} presence={presence} />
      <RefusalBanner connection={connection} />
      <Toolbar journeyId={structure.journeyId} canEdit={canEdit} locked={locked} />
      <DeferredPanel
        part={SessionBar}
        as="section"
        className="workshop-bar"
        label={t('board.session.label')}
        loadingText={t('board.session.loading')}
      />
      <div
        className="board-main"
        ref={main}
        style={{ '--overlay-right': `${placement.overlayRight}px` } as CSSProperties}
      >
        <CanvasArea structure={structure} readOnly={!canEdit} title={title} presence={presence} />
        {/* Beside the canvas, in the order they stand on screen, which is the order Tab walks them
            (panelOrder); the rail stays at the right edge, where the panels it opens float. */}
        <PanelsBesideCanvas placement={placement} structure={structure} canEdit={canEdit} />
        <PanelRail />
      </div>
      <Announcer />
      <ShareDialogHost />
      <OfflineCacheOpener />
      {focusOnArrival ? <ArrivalFocus /> : null}
    </div>
  );
}

/**
 * The panels beside the canvas in the order they stand on screen, left to right, which is the order Tab
 * walks them (panelOrder): a floating one first, then the others in the order of their buttons.
 */
function PanelsBesideCanvas({
  placement,
  structure,
  canEdit,
}: {
  readonly placement: PanelPlacement;
  readonly structure: OutlineStructure;
  readonly canEdit: boolean;
}) {
  const t = useT();
  const besideCanvas: Readonly<Record<BesideCanvas, ReactNode>> = {
    outline: (
      <aside
        id={panelElementId('outline')}
        className="side-panel panel-slot"
        aria-label={t('board.side-panel')}
        {...slotProps('outline', placement.shown.outline)}
        onKeyDown={closeOnEscape('outline', placement.shown.outline)}
      >
        <PanelBar panel="outline" title={t('panel.outline.rail')} />
        <StructureHost journeyId={structure.journeyId} canEdit={canEdit} />
        <ErrorBoundary area={t('board.side-panel')}>
          <DeferredContent
            part={OutlineBody}
            props={{ structure, canEdit }}
            now={placement.shown.outline !== 'hidden'}
            loadingText={t('board.outline.loading')}
          />
        </ErrorBoundary>
      </aside>
    ),
    feedback: <FeedbackPanelHost />,
    workshop: (
      <PanelSlot id="workshop" mode={placement.shown.workshop}>
        <DeferredPanel
          part={Workshop}
          as="aside"
          className="workshop-panel"
          label={t('board.workshop.label')}
          loadingText={t('board.workshop.loading')}
        />
      </PanelSlot>
    ),
    after: (
      <PanelSlot id="after" mode={placement.shown.after}>
        <AfterPanel canEdit={canEdit} />
      </PanelSlot>
    ),
  };
  return panelOrder(placement.shown).map((id) => <Fragment key={id}>{besideCanvas[id]}</Fragment>);
}

const CanvasArea = memo(function CanvasArea({
  structure,
  readOnly,
  title,
  presence,
}: {
  readonly structure: OutlineStructure;
  readonly readOnly: boolean;
  readonly title: string;
  readonly presence: CanvasPresenceStore;
}) {
  const t = useT();
  const { docs, origin, connection, user } = useBoard();
  const descriptionId = useId();
  const steps = structure.sections.reduce((n, section) => n + section.stepIds.length, 0);
  const stages = structure.sections.filter((section) => section.stageId !== null).length;
  return (
    <section
      id={CANVAS_ID}
      className="canvas-area"
      aria-label={t('board.map.label')}
      aria-describedby={descriptionId}
    >
      <p id={descriptionId} className="visually-hidden">
        {t('board.map.description', { title, stages, steps })}{' '}
        {t(readOnly ? 'board.map.outline-read' : 'board.map.outline')} {curveLegendText()}
      </p>
      <ErrorBoundary area={t('board.area.map')}>
        <JourneyCanvas
          doc={docs.content}
          origin={origin}
          readOnly={readOnly}
          awareness={connection.awareness}
          localUser={user}
          announce={announceOnBoard}
          input={DeferredCanvasInput}
          presence={presence}
        />
      </ErrorBoundary>
      <DeferredPart part={RatingDock} label={t('board.rating-dock')} />
    </section>
  );
});

/** The board's one polite live region speaks for the canvas too (where its keyboard focus landed). */
function announceOnBoard(text: string) {
  usePanelStore.getState().announce(text);
}

/** Where a side panel is: hidden (closed, on the rail), floating over the canvas or docked beside it. */
function slotProps(id: PanelId, mode: 'hidden' | 'overlay' | 'docked') {
  return {
    hidden: mode === 'hidden',
    'data-panel-mode': mode,
    style: { '--panel-w': `${PANEL_WIDTHS[id]}px` } as CSSProperties,
  };
}

/** The place of a panel whose own element is drawn by its feature (workshop, after the workshop). */
function PanelSlot(props: {
  readonly id: PanelId;
  readonly mode: 'hidden' | 'overlay' | 'docked';
  readonly children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the floating panel while focus is on its controls
    <div
      id={panelElementId(props.id)}
      className="panel-slot"
      {...slotProps(props.id, props.mode)}
      onKeyDown={closeOnEscape(props.id, props.mode)}
    >
      {props.children}
    </div>
  );
}

/**
 * After the name prompt, gives the keyboard to the canvas once the board is drawn (its content here), so
 * what the canvas then says of the focused card is true, not "the board has no steps yet".
 */
function ArrivalFocus() {
  useArrivalFocus(useBoardDrawn(), CANVAS_ID);
  return null;
}

/** Opens the offline copy that waited for the first drawing of the board (see OfflineCache). */
function OfflineCacheOpener() {
  const { connection } = useBoard();
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (drawn) connection.openDeferredCaches();
  }, [drawn, connection]);
  return null;
}

/** The board structure panel, whose code loads once the board is drawn (or when first opened). */
function StructureHost(props: { readonly journeyId: string | null; readonly canEdit: boolean }) {
  const t = useT();
  const open = useStructureStore((state) => state.open);
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (drawn) Structure.preload().catch(() => {});
  }, [drawn]);
  if (!open) return null;
  return (
    <ErrorBoundary area={t('panels.structure.area')}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('board.structure.loading')}
          </p>
        }
      >
        <Structure.Part {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function ShareDialogHost() {
  const t = useT();
  const { boardId, key, role } = useBoard();
  const open = usePanelStore((state) => state.shareOpen);
  // Ready before anyone clicks Share (a creator lands with it open and simply loads it at once).
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (drawn && role === 'facilitator') Share.preload().catch(() => {});
  }, [drawn, role]);
  // Share is the facilitator's (the toolbar offers it to no one else).
  if (!open || role !== 'facilitator') return null;
  const stored = loadBoardLinks(boardId);
  const own = `${window.location.origin}/b/${encodeURIComponent(boardId)}#key=${encodeURIComponent(key)}`;
  const links = stored ?? { facilitator: own };
  return (
    <ErrorBoundary area={t('board.area.share')}>
      <Suspense fallback={null}>
        <Share.Part
          links={links}
          onClose={() => usePanelStore.getState().setShareOpen(false)}
          // Opened by itself for the board's creator: closing it leaves the keyboard on Share, where it
          // opens again, rather than nowhere.
          returnFocusTo={() => document.getElementById(SHARE_BUTTON_ID)}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
