import type { Channel, Lane } from '@journeyboard/journey';
import type KonvaType from 'konva';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type EditingTarget, useUiStore } from '../state/ui-store';
import type { Viewport } from '../state/viewport';
import { BoardStore } from './board-store';
import {
  addNoteTo,
  addStepAt,
  commitText,
  dropCard,
  dropColumn,
  initialText,
  removeNote,
  removeStep,
  type Writer,
} from './canvas-actions';
import { cachePixelRatio } from './column-cache';
import { detailLevel, visibleRange } from './culling';
import { CurveLayerContent } from './curve-layer';
import { DragContent, type InteractionStore } from './drag-layer';
import { type Anchor, type EditOrigin, editorAnchor } from './editor-geometry';
import { GridContent } from './grid-layer';
import { Corner, RowHeaders, TopBand } from './header-layer';
import type { HitContext } from './hit-test';
import {
  type CanvasAction,
  type HitTarget,
  IDLE,
  type InteractionEffect,
  type InteractionEvent,
  interactionReducer,
} from './interaction-state';
import { Group, Layer, Stage } from './konva';
import { pinnedOffsets } from './layout';
import { PeerCursors, SelectionOutlines, usePeers } from './presence-layer';
import { StepColumn } from './step-column';
import { TextEditor } from './text-editor';
import { useLayout, useStructure } from './use-board';
import { useCanvasInput } from './use-canvas-input';
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
  // Created in an effect (not a memo) so StrictMode's double mount never keeps a disposed store.
  useEffect(() => {
    const next = new BoardStore(props.doc);
    setStore(next);
    return () => next.dispose();
  }, [props.doc]);
  if (!store || store.doc !== props.doc) return <div style={{ width: '100%', height: '100%' }} />;
  return <CanvasBoard store={store} {...props} />;
}

interface EditorState {
  target: NonNullable<EditingTarget>;
  anchor: Anchor;
  initial: string;
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

function editOriginOf(target: HitTarget): EditOrigin {
  return target.kind === 'card' ? 'card' : target.kind === 'column' ? 'header' : 'cell';
}

function applyViewport(
  viewport: Viewport,
  content: (KonvaType.Layer | null)[],
  band: KonvaType.Group | null,
  rows: KonvaType.Group | null,
  corner: KonvaType.Group | null,
) {
  const scale = { x: viewport.scale, y: viewport.scale };
  for (const layer of content) layer?.setAttrs({ x: viewport.x, y: viewport.y, scale });
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
  const gridRef = useRef<KonvaType.Layer>(null);
  const cardsRef = useRef<KonvaType.Layer>(null);
  const curveRef = useRef<KonvaType.Layer>(null);
  const overlayRef = useRef<KonvaType.Layer>(null);
  const bandRef = useRef<KonvaType.Group>(null);
  const rowsRef = useRef<KonvaType.Group>(null);
  const cornerRef = useRef<KonvaType.Group>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [interaction] = useState(() => createStore<InteractionStore>(() => ({ state: IDLE })));
  const [editor, setEditor] = useState<EditorState | null>(null);

  const structure = useStructure(store);
  const layout = useLayout(store);
  const range = useUiStore(
    useShallow((state) => visibleRange(state.viewport, state.viewportSize, layout.columns.length)),
  );
  const detail = useUiStore((state) => detailLevel(state.viewport.scale));
  const pixelRatio = useUiStore((state) =>
    cachePixelRatio(state.viewport.scale, window.devicePixelRatio || 1),
  );
  const draggedStepId = useDraggedStep(interaction);
  const peers = usePeers(awareness);

  const channels = useMemo(
    () => new Map<string, Channel>(structure.channels.map((c) => [c.id, c])),
    [structure],
  );
  const lanes = useMemo(() => new Map<string, Lane>(structure.lanes.map((l) => [l.id, l])), [structure]);
  const visibleRows = useMemo(
    () => layout.rows.filter((row) => row.y + row.height > range.top && row.y < range.bottom),
    [layout, range.top, range.bottom],
  );
  const writer: Writer = useMemo(() => ({ doc, origin }), [doc, origin]);

  // Everything event handlers need, read at event time so handlers never go stale.
  // Layout and structure come from the store itself, which is current even before React re-renders.
  const live = useRef({ readOnly, writer, localUser, awareness });
  live.current = { readOnly, writer, localUser, awareness };

  const hitContext = useCallback((): HitContext => {
    const { readOnly: ro, awareness: aw } = live.current;
    const currentLayout = store.getLayout();
    const currentStructure = store.getStructure();
    const ui = useUiStore.getState();
    const role = (aw?.getLocalState() as { user?: { role?: unknown } } | null)?.user?.role;
    return {
      layout: currentLayout,
      cellNotes: currentStructure.cellNotes,
      viewport: ui.viewport,
      readOnly: ro,
      canEditStructure: role === 'facilitator',
      canAddSteps: currentStructure.journeyId !== null,
      selectedStepId: ui.selectedStepId,
      selectedNoteId: ui.selectedNoteId,
      channelOf: (stepId) => store.getEntity('step', stepId)?.channelId ?? null,
    };
  }, [store]);

  const openEditor = useCallback(
    (target: NonNullable<EditingTarget>, from: EditOrigin) => {
      const currentLayout = store.getLayout();
      const currentStructure = store.getStructure();
      const anchor = editorAnchor(
        {
          layout: currentLayout,
          cellNotes: currentStructure.cellNotes,
          channelOf: (stepId) => store.getEntity('step', stepId)?.channelId ?? null,
        },
        target,
        from,
      );
      if (!anchor) return false;
      setEditor({ target, anchor, initial: initialText(store.doc, target) });
      useUiStore.getState().setEditing(target);
      return true;
    },
    [store],
  );

  const dispatchRef = useRef<(event: InteractionEvent, hit?: HitTarget) => void>(() => {});

  const runAction = useCallback(
    (action: CanvasAction) => {
      const { writer: w, localUser: user } = live.current;
      const s = store.getStructure();
      const ui = useUiStore.getState();
      switch (action.type) {
        case 'add-step': {
          const id = addStepAt(w, s, action);
          if (!id) return;
          ui.setSelectedStepId(id);
          const target: HitTarget = { kind: 'column', stepId: id };
          dispatchRef.current({ type: 'double-click', target }, target);
          return;
        }
        case 'add-note': {
          const count = s.cellNotes.get(`${action.stepId}\u0000${action.laneId}`)?.length ?? 0;
          const id = addNoteTo(w, action, user, count);
          if (!id) return;
          ui.setSelectedNoteId(id);
          const target: HitTarget = { kind: 'note', noteId: id };
          dispatchRef.current({ type: 'double-click', target }, target);
          return;
        }
        case 'delete-note':
          if (removeNote(w, action.noteId)) ui.clearSelection();
          return;
        case 'delete-step':
          if (removeStep(w, action.stepId)) ui.clearSelection();
          return;
      }
    },
    [store],
  );

  const runEffect = useCallback(
    (effect: InteractionEffect) => {
      const { writer: w } = live.current;
      const l = store.getLayout();
      const s = store.getStructure();
      const ui = useUiStore.getState();
      switch (effect.type) {
        case 'select': {
          const target = effect.target;
          if (!target) ui.clearSelection();
          else if (target.kind === 'note') ui.setSelectedNoteId(target.noteId);
          else if ('stepId' in target) ui.setSelectedStepId(target.stepId);
          return;
        }
        case 'pan':
          ui.panBy(effect.dx, effect.dy);
          return;
        case 'drop-card':
          dropCard(w, l, effect.stepId, effect.board.y);
          return;
        case 'drop-column':
          dropColumn(w, s, effect.stepId, effect.board.x);
          return;
        case 'commit-text':
          commitText(w, effect.target, effect.text);
          return;
        case 'action':
          runAction(effect.action);
          return;
      }
    },
    [runAction, store],
  );

  const spaceHeld = useRef(false);
  const dispatch = useCallback(
    (event: InteractionEvent, hit?: HitTarget) => {
      const before = interaction.getState().state;
      const { state, effects } = interactionReducer(before, event, {
        readOnly: live.current.readOnly,
        spaceHeld: spaceHeld.current,
      });
      if (state !== before) interaction.setState({ state });
      if (state.kind === 'editing-text' && before.kind !== 'editing-text') {
        if (!openEditor(state.target, hit ? editOriginOf(hit) : 'cell'))
          interaction.setState({ state: IDLE });
      } else if (state.kind !== 'editing-text' && before.kind === 'editing-text') {
        setEditor(null);
        useUiStore.getState().setEditing(null);
        // Give the keyboard back to the canvas so Delete and Escape work on what was just edited.
        containerRef.current?.focus({ preventScroll: true });
      }
      for (const effect of effects) runEffect(effect);
    },
    [interaction, openEditor, runEffect],
  );
  dispatchRef.current = dispatch;

  useCanvasInput({ containerRef, hitContext, dispatch, spaceHeld, interaction, awareness });

  // Keep the canvas size in the UI store (buttons zoom around its centre) and in the Stage.
  useEffect(() => {
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

  // Pans and zooms move layers directly; React re-renders only when the visible range or detail changes.
  useEffect(() => {
    const apply = (viewport: Viewport) =>
      applyViewport(
        viewport,
        [gridRef.current, cardsRef.current, curveRef.current, overlayRef.current],
        bandRef.current,
        rowsRef.current,
        cornerRef.current,
      );
    apply(useUiStore.getState().viewport);
    return useUiStore.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport) apply(state.viewport);
    });
  }, []);

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
  const summary = `Journey map canvas with ${stepCount} step${stepCount === 1 ? '' : 's'} in ${structure.stages.size} stage${
    structure.stages.size === 1 ? '' : 's'
  }, ${structure.channels.length} channels and ${structure.lanes.length} lanes. The Journey outline offers the same content and editing with a keyboard.`;
  const columns = layout.columns.slice(Math.max(0, range.first), range.last + 1);
  const curveRow = layout.rowByKey.get('curve');

  return (
    <section
      ref={containerRef}
      aria-label="Journey map canvas"
      aria-roledescription="canvas"
      tabIndex={-1}
      data-testid="journey-canvas"
      data-step-count={stepCount}
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
      {size.width > 0 && size.height > 0 && (
        <Stage width={size.width} height={size.height} listening={false}>
          <Layer ref={gridRef} listening={false}>
            <GridContent layout={layout} first={range.first} last={range.last} />
          </Layer>
          <Layer ref={cardsRef} listening={false}>
            {columns.map((column) =>
              column.stepId === null ? null : (
                <StepColumn
                  key={column.stepId}
                  store={store}
                  stepId={column.stepId}
                  index={column.index}
                  rows={visibleRows}
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
          </Layer>
          <Layer ref={curveRef} listening={false}>
            <CurveLayerContent
              store={store}
              row={curveRow}
              boardWidth={layout.width}
              first={range.first}
              last={range.last}
              detail={detail}
            />
          </Layer>
          <Layer listening={false}>
            <Group ref={rowsRef}>
              <RowHeaders
                rows={layout.rows}
                height={layout.height}
                channels={channels}
                lanes={lanes}
                detail={detail}
              />
            </Group>
            <Group ref={bandRef}>
              <TopBand
                store={store}
                layout={layout}
                stages={structure.stages}
                first={range.first}
                last={range.last}
                detail={detail}
                readOnly={readOnly}
                canAddSteps={structure.journeyId !== null}
              />
            </Group>
            <Group ref={cornerRef}>
              <Corner title="Steps →" />
            </Group>
          </Layer>
          {/* Presence and the dragged item change most often: one small layer on top, redrawn alone. */}
          <Layer ref={overlayRef} listening={false}>
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
