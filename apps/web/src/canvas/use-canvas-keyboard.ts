import { type RefObject, useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
import {
  type CanvasItem,
  FOCUS_KEYS,
  type FocusKey,
  focusReducer,
  initialItem,
  itemAnchor,
  resolveItem,
} from './canvas-focus';
import { focusBoard } from './focus-board';
import { describeItem } from './focus-description';
import type { InteractionStore } from './interaction-store';
import { itemFacts } from './item-facts';
import { revealInView } from './reveal-in-view';
import type { Dispatch } from './use-canvas-interaction';
import { zoomKeyAction } from './zoom-keys';

interface Options {
  containerRef: RefObject<HTMLElement | null>;
  store: BoardStore;
  interaction: StoreApi<InteractionStore>;
  dispatch: Dispatch;
  readOnly: boolean;
  /** Speaks a sentence to screen readers (the board's polite live region). */
  announce?: (text: string) => void;
}

/**
 * The canvas by keyboard: Tab lands on it, arrow keys move between cards, cells and notes (Home and End
 * to the first and last step), Enter or F2 edits in place; + and - zoom and 0 fits the board, as the
 * toolbar's zoom buttons do (and through the same store actions). Decisions are canvas-focus.ts's; this
 * hook turns keys into its events and performs its effects: select, bring into view, announce, edit.
 */
export function useCanvasKeyboard({
  containerRef,
  store,
  interaction,
  dispatch,
  readOnly,
  announce,
}: Options) {
  const live = useRef({ readOnly, announce });
  live.current = { readOnly, announce };

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;

    const say = (item: CanvasItem) =>
      live.current.announce?.(describeItem(item, itemFacts(store, item, !live.current.readOnly)));
    // A move selects the item (the inspector follows) and brings it into view.
    const show = (item: CanvasItem) => {
      const ui = useUiStore.getState();
      if (item.kind === 'note') ui.setSelectedNoteId(item.noteId);
      else ui.setSelectedStepId(item.stepId);
      const anchor = itemAnchor(focusBoard(store), item);
      if (anchor) revealInView(anchor);
      say(item);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // Only the canvas itself: the in-place editor inside it handles its own keys.
      if (event.target !== element) return;
      const zoom = zoomKeyAction(event);
      if (zoom) {
        if (interaction.getState().state.kind !== 'idle') return;
        event.preventDefault();
        // The toolbar buttons' own actions: around the centre of what is visible, or fit the board.
        const ui = useUiStore.getState();
        if (zoom === 'in') ui.zoomIn();
        else if (zoom === 'out') ui.zoomOut();
        else ui.requestZoomToFit();
        return;
      }
      if (!FOCUS_KEYS.has(event.key)) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (interaction.getState().state.kind !== 'idle') return;
      event.preventDefault();
      const { focus, effects } = focusReducer(
        interaction.getState().focus,
        event.key as FocusKey,
        focusBoard(store),
      );
      interaction.setState({ focus, ring: true });
      for (const effect of effects) {
        if (effect.type === 'focus') show(effect.item);
        else if (effect.type === 'activate') {
          dispatch({ type: 'edit', target: effect.target });
          // What Enter did may have moved the keyboard without opening an editor (the step's card put in
          // this channel's cell): say where it is now.
          const after = interaction.getState();
          if (after.state.kind === 'idle' && after.focus && after.focus !== focus) say(after.focus);
        }
      }
    };

    // Tabbing to the canvas puts the keyboard on an item and says where it is; passing through changes
    // nothing else (no selection, no pan) until an arrow key is pressed.
    const onFocus = (event: FocusEvent) => {
      if (event.target !== element || !element.matches(':focus-visible')) return;
      const board = focusBoard(store);
      const item = resolveItem(board, interaction.getState().focus) ?? initialItem(board);
      interaction.setState({ focus: item, ring: item !== null });
      if (item) say(item);
      else live.current.announce?.(t('canvas.no-steps'));
    };
    const onBlur = (event: FocusEvent) => {
      if (event.target === element) interaction.setState({ ring: false });
    };
    const onPointerDown = () => interaction.setState({ ring: false });

    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focus', onFocus);
    element.addEventListener('blur', onBlur);
    element.addEventListener('pointerdown', onPointerDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focus', onFocus);
      element.removeEventListener('blur', onBlur);
      element.removeEventListener('pointerdown', onPointerDown);
    };
  }, [containerRef, store, interaction, dispatch]);
}
