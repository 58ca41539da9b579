import { type ComponentType, type RefObject, useCallback, useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import type { BoardStore } from './board-store';
import type { BoardStructure } from './board-structure';
import { CanvasEditor } from './canvas-editor';
import { DragContent, type DragContentProps } from './drag-layer';
import { FocusRing } from './focus-ring';
import { hitTest } from './hit-test';
import { type QueuedInput, replayInput } from './input-queue';
import type { HitTarget } from './interaction-state';
import type { InteractionStore } from './interaction-store';
import type { SeenRequests } from './seen-requests';
import { useCanvasInteraction } from './use-canvas-interaction';
import { useCanvasKeyboard } from './use-canvas-keyboard';
import { useEditRequests } from './use-edit-requests';
import { useRemovedTargets } from './use-removed-targets';

export interface CanvasInputProps {
  readonly store: BoardStore;
  readonly structure: BoardStructure;
  readonly interaction: StoreApi<InteractionStore>;
  readonly containerRef: RefObject<HTMLDivElement | null>;
  readonly doc: Y.Doc;
  readonly origin: object;
  readonly readOnly: boolean;
  readonly awareness: Awareness | null;
  readonly localUser: { readonly id: string; readonly name: string };
  readonly announce?: (text: string) => void;
  /** The panels' requests the canvas had seen when it appeared (see use-edit-requests.ts). */
  readonly seen: SeenRequests;
  /** Hands over the input that came before this code, and stops keeping it (input-queue.ts). */
  readonly takeQueued: () => readonly QueuedInput[];
  /**
   * Told once this code listens and has handled what came before it: the canvas is interactive. Given
   * what the canvas draws during a drag (only a drag draws it, so it comes with this code).
   */
  readonly onReady: (drawing: InputDrawing) => void;
}

/** What the input code gives the canvas to draw. */
export interface InputDrawing {
  readonly DragContent: ComponentType<DragContentProps>;
}

const INPUT_DRAWING: InputDrawing = { DragContent };

/**
 * A hook taking files dragged onto the canvas (evidence): given the canvas element and its own hit test,
 * so what is under the pointer is what a click selects. Must stay the same function for the input's life.
 */
export type FileDropHook = (
  containerRef: RefObject<HTMLElement | null>,
  targetAt: (screen: { readonly x: number; readonly y: number }) => HitTarget,
  readOnly: boolean,
) => void;

/** Outside a board (the dev harness): files dropped on the canvas are not taken. */
const noFileDrop: FileDropHook = () => {};

/**
 * What the canvas does with input, loaded just after its first complete frame (not needed to draw it):
 * pointer and keyboard, files dropped on it, the panels' requests to edit or reveal, the focus ring and
 * the in-place editor. Input that came before it is handled first, in the order it came.
 */
export function CanvasInput({
  store,
  structure,
  interaction,
  containerRef,
  doc,
  origin,
  readOnly,
  awareness,
  localUser,
  announce,
  seen,
  takeQueued,
  onReady,
  useFileDrop = noFileDrop,
}: CanvasInputProps & {
  /** Files dragged onto the canvas: a part of the app loaded with this code (see board/canvas-input-part.tsx). */
  readonly useFileDrop?: FileDropHook;
}) {
  const { dispatch, hitContext } = useCanvasInteraction({
    store,
    interaction,
    containerRef,
    doc,
    origin,
    readOnly,
    awareness,
    localUser,
  });
  useCanvasKeyboard({ containerRef, store, interaction, dispatch, readOnly, announce });
  // Files dragged from the desktop go to what is under the pointer (a part of the app given by the host).
  useFileDrop(
    containerRef,
    useCallback((screen: { x: number; y: number }) => hitTest(hitContext(), screen), [hitContext]),
    readOnly,
  );
  useEditRequests(store, interaction, dispatch, seen);
  useRemovedTargets(structure, interaction, dispatch);
  // Last: the listeners above are on the canvas by now (a component's effects run in order).
  useEffect(() => {
    const element = containerRef.current;
    if (element) replayInput(element, takeQueued());
    onReady(INPUT_DRAWING);
  }, [containerRef, takeQueued, onReady]);
  return (
    <>
      <FocusRing store={store} interaction={interaction} />
      {!readOnly && <CanvasEditor store={store} interaction={interaction} dispatch={dispatch} />}
    </>
  );
}
