import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type EditingTarget, useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
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
import type { InteractionStore } from './drag-layer';
import { type Anchor, type EditOrigin, editorAnchor } from './editor-geometry';
import type { HitContext } from './hit-test';
import {
  type CanvasAction,
  type HitTarget,
  IDLE,
  type InteractionEffect,
  type InteractionEvent,
  interactionReducer,
} from './interaction-state';
import { useCanvasInput } from './use-canvas-input';

export interface EditorState {
  target: NonNullable<EditingTarget>;
  anchor: Anchor;
  initial: string;
}

function editOriginOf(target: HitTarget): EditOrigin {
  return target.kind === 'card' ? 'card' : target.kind === 'column' ? 'header' : 'cell';
}

interface Options {
  store: BoardStore;
  containerRef: RefObject<HTMLElement | null>;
  doc: Y.Doc;
  origin: object;
  readOnly: boolean;
  awareness: Awareness | null;
  localUser: { id: string; name: string };
}

/**
 * Runs the interaction machine: DOM input becomes machine events, and the machine's effects become
 * selection changes, viewport moves and journey mutations (each one transaction with our origin).
 */
export function useCanvasInteraction({
  store,
  containerRef,
  doc,
  origin,
  readOnly,
  awareness,
  localUser,
}: Options): {
  interaction: StoreApi<InteractionStore>;
  editor: EditorState | null;
  dispatch(event: InteractionEvent, hit?: HitTarget): void;
  /** What the layout has at a point now (also used for files dropped on the canvas). */
  hitContext(): HitContext;
} {
  const [interaction] = useState(() => createStore<InteractionStore>(() => ({ state: IDLE })));
  const [editor, setEditor] = useState<EditorState | null>(null);
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
        const container = containerRef.current;
        container?.focus({ preventScroll: true });
      }
      for (const effect of effects) runEffect(effect);
    },
    [interaction, openEditor, runEffect, containerRef],
  );
  dispatchRef.current = dispatch;

  useCanvasInput({ containerRef, hitContext, dispatch, spaceHeld, interaction, awareness });
  return { interaction, editor, dispatch, hitContext };
}
