import { type RefObject, useCallback, useMemo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import { useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
import {
  addNoteTo,
  addStepAt,
  commitText,
  dropCard,
  dropColumn,
  placeCard,
  removeNote,
  removeStep,
  type Writer,
} from './canvas-actions';
import { itemOfHit } from './canvas-focus';
import { editorAnchor } from './editor-geometry';
import { editorContext, focusBoard } from './focus-board';
import type { HitContext } from './hit-test';
import {
  type CanvasAction,
  type InteractionEffect,
  type InteractionEvent,
  interactionReducer,
} from './interaction-state';
import type { InteractionStore } from './interaction-store';
import { revealInView } from './reveal-in-view';
import { useCanvasInput } from './use-canvas-input';

interface Options {
  store: BoardStore;
  /** The canvas's interaction, which its drawing follows from the first frame (interaction-store.ts). */
  interaction: StoreApi<InteractionStore>;
  containerRef: RefObject<HTMLElement | null>;
  doc: Y.Doc;
  origin: object;
  readOnly: boolean;
  awareness: Awareness | null;
  localUser: { id: string; name: string };
}

export type Dispatch = (event: InteractionEvent) => void;

/**
 * Runs the interaction machine: DOM input becomes machine events, and the machine's effects become
 * selection changes, viewport moves and journey mutations (each one transaction with our origin).
 */
export function useCanvasInteraction({
  store,
  interaction,
  containerRef,
  doc,
  origin,
  readOnly,
  awareness,
  localUser,
}: Options): {
  dispatch: Dispatch;
  /** What the layout has at a point now (also used for files dropped on the canvas). */
  hitContext(): HitContext;
} {
  const writer: Writer = useMemo(() => ({ doc, origin }), [doc, origin]);

  // Everything event handlers need, read at event time so handlers never go stale.
  // Layout and structure come from the store itself, which is current even before React re-renders.
  const live = useRef({ readOnly, writer, localUser, awareness });
  live.current = { readOnly, writer, localUser, awareness };

  const hitContext = useCallback((): HitContext => {
    const { readOnly: ro, awareness: aw } = live.current;
    const ui = useUiStore.getState();
    const role = (aw?.getLocalState() as { user?: { role?: unknown } } | null)?.user?.role;
    return {
      ...editorContext(store),
      viewport: ui.viewport,
      readOnly: ro,
      canEditStructure: role === 'facilitator',
      canAddSteps: store.getStructure().journeyId !== null,
      selectedStepId: ui.selectedStepId,
      selectedNoteId: ui.selectedNoteId,
    };
  }, [store]);

  const dispatchRef = useRef<Dispatch>(() => {});

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
          interaction.setState({ focus: { kind: 'card', stepId: id } });
          dispatchRef.current({ type: 'edit', target: { kind: 'column', stepId: id } });
          return;
        }
        case 'add-note': {
          const count = s.cellNotes.get(`${action.stepId}\u0000${action.laneId}`)?.length ?? 0;
          const id = addNoteTo(w, action, user, count);
          if (!id) return;
          ui.setSelectedNoteId(id);
          interaction.setState({ focus: itemOfHit(focusBoard(store), { kind: 'note', noteId: id }) });
          dispatchRef.current({ type: 'edit', target: { kind: 'note', noteId: id } });
          return;
        }
        case 'delete-note':
          if (removeNote(w, action.noteId)) ui.clearSelection();
          return;
        case 'delete-step':
          if (removeStep(w, action.stepId)) ui.clearSelection();
          return;
        case 'place-card':
          // The keyboard (or the next arrow key) carries on from the card, where it now is.
          if (!placeCard(w, action.stepId, action.channelId)) return;
          ui.setSelectedStepId(action.stepId);
          interaction.setState({ focus: { kind: 'card', stepId: action.stepId } });
          return;
      }
    },
    [store, interaction],
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
          // The keyboard carries on from what the mouse picked.
          const item = target ? itemOfHit(focusBoard(store), target) : null;
          if (item) interaction.setState({ focus: item });
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
        case 'reveal': {
          const anchor = editorAnchor(editorContext(store), effect.target, effect.from);
          if (anchor) revealInView(anchor);
          return;
        }
        case 'action':
          runAction(effect.action);
          return;
      }
    },
    [runAction, store, interaction],
  );

  const spaceHeld = useRef(false);
  const dispatch = useCallback(
    (event: InteractionEvent) => {
      const before = interaction.getState().state;
      const { state, effects } = interactionReducer(before, event, {
        readOnly: live.current.readOnly,
        spaceHeld: spaceHeld.current,
      });
      // What is not on the board (a step in another journey, a row that was hidden) cannot be edited here.
      const opensEditor = state.kind === 'editing-text' && before.kind !== 'editing-text';
      if (opensEditor && !editorAnchor(editorContext(store), state.target, state.from)) return;
      if (state !== before) interaction.setState({ state });
      for (const effect of effects) runEffect(effect);
      if (state.kind !== 'editing-text' && before.kind === 'editing-text') {
        // Give the keyboard back to the canvas so arrows, Delete and Escape work on what was just edited
        // (after the text is written, so what the canvas then announces is the text just typed).
        containerRef.current?.focus({ preventScroll: true });
      }
    },
    [interaction, runEffect, containerRef, store],
  );
  dispatchRef.current = dispatch;

  useCanvasInput({ containerRef, hitContext, dispatch, spaceHeld, interaction, awareness });
  return { dispatch, hitContext };
}
