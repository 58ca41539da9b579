import type { Channel, Lane } from '@journeyboard/journey';
import type KonvaType from 'konva';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import { useCanvasFileDrop } from '../evidence/canvas-drop';
import { type EditingTarget, useUiStore } from '../state/ui-store';
import type { Viewport } from '../state/viewport';
import { BoardOverview } from './board-overview-shape';
import { BoardStore } from './board-store';
import { reportCanvasProgress, resetCanvasProgress } from './canvas-progress';
import { canvasSummary } from './canvas-summary';
import { cachePixelRatio, useSettled } from './column-cache';
import { detailLevel, rowsInReach, visibleRange } from './culling';
import { CurveLayerContent } from './curve-layer';
import { DragContent, type InteractionStore } from './drag-layer';
import { GridContent } from './grid-layer';
import { Corner, RowHeaders, TopBand } from './header-layer';
import { hitTest } from './hit-test';
import { Group, Layer, Stage } from './konva';
import { pinnedOffsets } from './layout';
import { PeerCursors, SelectionOutlines, usePeers } from './presence-layer';
import { StepColumn } from './step-column';
import { TextEditor } from './text-editor';
import { useLayout, useStructure } from './use-board';
import { useCanvasInteraction } from './use-canvas-interaction';
import { useProgressiveRange } from './use-progressive-range';
import { useRowReach } from './use-row-reach';
import { useZoomToFit } from './viewport-effects';

export interface LocalUser {
  id: string;
  name: string;
  color: string;
}

export interface JourneyCanvasProps {
  doc: Y.Doc;
  origin: object;
  readOnly: boolean;
  awareness: Awareness | null;
  localUser: LocalUser;
}

/** The live journey board. Owns nothing shared: it reads and writes the document through the journey API. */
export function JourneyCanvas(props: JourneyCanvasProps) {
  const [store, setStore] = useState<BoardStore | null>(null);
  // Created in an effect (not a memo) so StrictMode's double mount never keeps a disposed store; a layout
  // effect, so the board renders before the browser paints the empty placeholder.
  useLayoutEffect(() => {
    const next = new BoardStore(props.doc);
    setStore(next);
    return () => next.dispose();
  }, [props.doc]);
  if (!store || store.doc !== props.doc) return <div style={{ width: '100%', height: '100%' }} />;
  return <CanvasBoard store={store} {...props} />;
}

function describe(target: NonNullable<EditingTarget>): string {
  switch (target.kind) {
    case 'step':
      return target.field === 'durationMinutes' ? 'Step duration' : `Step ${target.field}`;
    case 'note':
      return 'Note text';
    case 'stage':
      return 'Stage title';
    case 'channel':
      return 'Channel name';
    case 'lane':
      return 'Lane title';
  }
}

function applyViewport(
  viewport: Viewport,
  content: (KonvaType.Container | null)[],
  band: KonvaType.Group | null,
  rows: KonvaType.Group | null,
  corner: KonvaType.Group | null,
) {
  const scale = { x: viewport.scale, y: viewport.scale };
  for (const node of content) node?.setAttrs({ x: viewport.x, y: viewport.y, scale });
  const pinned = pinnedOffsets(viewport);
  band?.setAttrs({ x: viewport.x, y: pinned.y, scale });
  rows?.setAttrs({ x: pinned.x, y: viewport.y, scale });
  corner?.setAttrs({ x: pinned.x, y: pinned.y, scale });
}

function CanvasBoard({
  store,
  doc,
  origin,
  readOnly,
  awareness,
  localUser,
}: JourneyCanvasProps & { store: BoardStore }) {
  const containerRef = useRef<HTMLElement>(null);
  const contentRef = useRef<KonvaType.Group>(null);
  const overlayRef = useRef<KonvaType.Layer>(null);
  const bandRef = useRef<KonvaType.Group>(null);
  const rowsRef = useRef<KonvaType.Group>(null);
  const cornerRef = useRef<KonvaType.Group>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  const structure = useStructure(store);
  const layout = useLayout(store);
  const wanted = useUiStore(
    useShallow((state) => visibleRange(state.viewport, state.viewportSize, layout.columns.length)),
  );
  // Detail follows the zoom at once: columns mounted while zooming out are then drawn cheaply from the
  // start, and only the few columns on screen re-render at each threshold.
  const detail = useUiStore((state) => detailLevel(state.viewport.scale));
  // Zoomed far out, one overview shape draws every column in view and no column is mounted.
  const overview = detail === 'shapes';
  const range = useProgressiveRange(wanted, 2, overview);
  // The columns the step band labels: those mounted, or every one in view under the overview.
  const drawnRange = overview ? wanted : range;
  const pixelRatio = useSettled(
    useUiStore((state) => cachePixelRatio(state.viewport.scale, window.devicePixelRatio || 1)),
  );
  const peers = usePeers(awareness);

  const channels = useMemo(
    () => new Map<string, Channel>(structure.channels.map((c) => [c.id, c])),
    [structure],
  );
  const lanes = useMemo(() => new Map<string, Lane>(structure.lanes.map((l) => [l.id, l])), [structure]);
  const { interaction, editor, dispatch, hitContext } = useCanvasInteraction({
    store,
    containerRef,
    doc,
    origin,
    readOnly,
    awareness,
    localUser,
  });
  // Files dragged from the desktop attach to the step or note under the pointer (evidence/).
  useCanvasFileDrop(
    containerRef,
    useCallback((screen) => hitTest(hitContext(), screen), [hitContext]),
    readOnly,
  );
  const draggedStepId = useDraggedStep(interaction);
  const dragging = useDragging(interaction);
  // An empty overlay is hidden: otherwise every pan frame clears it and, without a GPU, the browser
  // copies one more full-size canvas to the compositor for nothing.
  const overlayShown = dragging || peers.some((peer) => peer.cursor);

  // Keep the canvas size in the UI store (buttons zoom around its centre) and in the Stage. Measured before
  // the first paint, so the Stage mounts in the same frame as the board around it.
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((current) => (current.width === next.width && current.height === next.height ? current : next));
      useUiStore.getState().setViewportSize(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const hasStage = size.width > 0 && size.height > 0;
  // Pans and zooms move layers directly; React re-renders only when the visible range or detail changes.
  useEffect(() => {
    if (!hasStage) return;
    const apply = (viewport: Viewport) =>
      applyViewport(
        viewport,
        [contentRef.current, overlayRef.current],
        bandRef.current,
        rowsRef.current,
        cornerRef.current,
      );
    apply(useUiStore.getState().viewport);
    return useUiStore.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport) apply(state.viewport);
    });
    // Re-run once the Stage exists (it waits for a measured size), so its layers start at the viewport.
  }, [hasStage]);

  // A peer or an undo removed what is being edited or dragged: close the editor, drop the drag.
  useEffect(() => {
    const state = interaction.getState().state;
    const stepIds = new Set(structure.stepIds);
    const noteExists = (noteId: string) =>
      [...structure.cellNotes.values()].some((ids) => ids.includes(noteId));
    if (state.kind === 'dragging-card' || state.kind === 'dragging-column') {
      if (!stepIds.has(state.stepId)) dispatch({ type: 'entity-removed', id: state.stepId });
    } else if (state.kind === 'editing-text') {
      const target = state.target;
      if (target.kind === 'step' && !stepIds.has(target.stepId))
        dispatch({ type: 'entity-removed', id: target.stepId });
      if (target.kind === 'note' && !noteExists(target.noteId))
        dispatch({ type: 'entity-removed', id: target.noteId });
    }
    const ui = useUiStore.getState();
    if (ui.selectedStepId && !stepIds.has(ui.selectedStepId)) ui.clearSelection();
  }, [structure, interaction, dispatch]);

  useEffect(() => {
    useUiStore.getState().setContentSize({ width: layout.width, height: layout.height });
  }, [layout]);
  useEffect(() => () => useUiStore.getState().setContentSize(null), []);

  useZoomToFit(layout, size);

  const stepCount = structure.stepIds.length;
  // Complete once every column in view is mounted; the layers draw on the next animation frame.
  const complete = hasStage && (overview || (range.first === wanted.first && range.last === wanted.last));
  useEffect(() => reportCanvasProgress({ doc, complete, stepCount }), [doc, complete, stepCount]);
  useEffect(() => () => resetCanvasProgress(doc), [doc]);
  const summary = canvasSummary({
    stepCount,
    stageCount: structure.stages.size,
    channels: structure.channels,
    laneCount: structure.lanes.length,
  });
  const columns = layout.columns.slice(Math.max(0, range.first), range.last + 1);
  const reach = useRowReach(wanted.bottom, complete && stepCount > 0);
  const columnRows = useMemo(() => rowsInReach(layout.rows, reach), [layout.rows, reach]);
  const curveRow = layout.rowByKey.get('curve');

  return (
    <section
      ref={containerRef}
      aria-label="Journey map canvas"
      aria-roledescription="canvas"
      tabIndex={-1}
      data-testid="journey-canvas"
      data-step-count={stepCount}
      data-complete={complete}
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        touchAction: 'none',
        outline: 'none',
      }}
    >
      <p
        style={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clipPath: 'inset(50%)',
          margin: 0,
        }}
      >
        {summary}
      </p>
      {hasStage && (
        <Stage width={size.width} height={size.height} listening={false}>
          {/* The board in one canvas: without a GPU the browser copies and blends every layer's full-size
              canvas on each pan frame (~1 ms a canvas here, see docs/benchmarks.md), while redrawing the
              other groups for an edit costs little (columns are cached bitmaps). */}
          <Layer listening={false}>
            <Group ref={contentRef} name="board-content">
              <Group name="board-grid">
                <GridContent layout={layout} first={wanted.first} last={wanted.last} />
              </Group>
              <Group name="board-cards">
                {overview && (
                  <BoardOverview
                    store={store}
                    layout={layout}
                    cellNotes={structure.cellNotes}
                    channels={channels}
                    first={wanted.first}
                    last={wanted.last}
                    hiddenStepId={draggedStepId}
                  />
                )}
                {columns.map((column) =>
                  column.stepId === null ? null : (
                    <StepColumn
                      key={column.stepId}
                      store={store}
                      stepId={column.stepId}
                      index={column.index}
                      rows={columnRows}
                      cellNotes={structure.cellNotes}
                      channels={channels}
                      detail={detail}
                      readOnly={readOnly}
                      dragging={draggedStepId === column.stepId}
                      pixelRatio={pixelRatio}
                    />
                  ),
                )}
                <SelectionOutlines peers={peers} layout={layout} structure={structure} />
              </Group>
              <Group name="board-curve">
                <CurveLayerContent
                  store={store}
                  row={curveRow}
                  boardWidth={layout.width}
                  first={wanted.first}
                  last={wanted.last}
                  detail={detail}
                  pixelRatio={pixelRatio}
                />
              </Group>
            </Group>
            {/* Pinned headers, drawn over the content scrolled beneath them. */}
            <Group ref={rowsRef}>
              <RowHeaders
                rows={layout.rows}
                height={layout.height}
                channels={channels}
                lanes={lanes}
                detail={detail}
                pixelRatio={pixelRatio}
              />
            </Group>
            <Group ref={bandRef}>
              <TopBand
                store={store}
                layout={layout}
                stages={structure.stages}
                first={drawnRange.first}
                last={drawnRange.last}
                detail={detail}
                readOnly={readOnly}
                canAddSteps={structure.journeyId !== null}
                pixelRatio={pixelRatio}
              />
            </Group>
            <Group ref={cornerRef}>
              <Corner title="Steps →" pixelRatio={pixelRatio} />
            </Group>
          </Layer>
          {/* Presence and the dragged item change most often: one small layer on top, redrawn alone. */}
          <Layer ref={overlayRef} listening={false} visible={overlayShown}>
            <PeerCursors peers={peers} />
            <DragContent interaction={interaction} store={store} layout={layout} channels={channels} />
          </Layer>
        </Stage>
      )}
      {editor && !readOnly && (
        <TextEditor
          key={JSON.stringify(editor.target)}
          anchor={editor.anchor}
          initial={editor.initial}
          label={describe(editor.target)}
          fontSize={editor.target.kind === 'note' ? 11 : 13}
          onCommit={(text) => dispatch({ type: 'edit-commit', text })}
          onCancel={() => dispatch({ type: 'edit-cancel' })}
        />
      )}
    </section>
  );
}

function useDragging(interaction: StoreApi<InteractionStore>): boolean {
  return useSyncExternalStore(interaction.subscribe, () => {
    const kind = interaction.getState().state.kind;
    return kind === 'dragging-card' || kind === 'dragging-column';
  });
}

function useDraggedStep(interaction: StoreApi<InteractionStore>): string | null {
  const [stepId, setStepId] = useState<string | null>(null);
  useEffect(
    () =>
      interaction.subscribe(({ state }) => {
        setStepId(state.kind === 'dragging-card' ? state.stepId : null);
      }),
    [interaction],
  );
  return stepId;
}
