import { type RefObject, useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { StoreApi } from 'zustand';
import { useUiStore } from '../state/ui-store';
import { type Point, pinchStep, screenToBoard } from '../state/viewport';
import { cursorPublisher } from './cursor-publisher';
import type { HitContext } from './hit-test';
import { hitTest } from './hit-test';
import type { HitTarget, InteractionEvent } from './interaction-state';
import type { InteractionStore } from './interaction-store';

/** Wheel deltas in lines or pages become pixels, so every mouse and trackpad pans at a sensible speed. */
export function wheelPixels(event: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'shiftKey'>): Point {
  const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
  const dx = event.deltaX * unit;
  const dy = event.deltaY * unit;
  // Shift+wheel scrolls sideways on mice that only have a vertical wheel.
  return event.shiftKey && dx === 0 ? { x: dy, y: 0 } : { x: dx, y: dy };
}

/** Largest zoom one wheel event may make, in wheel pixels (exp(0.25) ≈ 1.28, about one button press). */
const MAX_ZOOM_PIXELS = 25;

/**
 * The zoom factor for a ctrl/cmd+wheel or a trackpad pinch (which Chromium and Firefox report as ctrl+wheel
 * with deltaY = -100·ln(scale), so 0.01 per pixel follows the fingers exactly). A mouse notch reports 100 or
 * more whole pixels (or lines, or pages) at once; capping it keeps one notch to about one zoom step instead
 * of ×2.7. A pinch reports fractions of a pixel and is never capped: on a busy machine the browser merges
 * its events into a few large ones, and capping those would lose part of the gesture.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  if (!Number.isFinite(pixels)) return 1;
  const fromPinch = deltaMode === 0 && !Number.isInteger(deltaY);
  const capped = fromPinch ? pixels : Math.max(-MAX_ZOOM_PIXELS, Math.min(MAX_ZOOM_PIXELS, pixels));
  return Math.exp(-capped * 0.01);
}

/** Safari's trackpad pinch: a non-standard GestureEvent with the scale since the gesture began. */
interface SafariGesture {
  scale?: unknown;
  clientX?: unknown;
  clientY?: unknown;
}

/** The zoom from Safari's previous gesture scale to the new one, or null for a malformed event. */
export function gestureZoomFactor(previousScale: number, event: SafariGesture): number | null {
  const { scale } = event;
  if (typeof scale !== 'number' || !(scale > 0) || !Number.isFinite(scale) || !(previousScale > 0))
    return null;
  return scale / previousScale;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT')
  );
}

interface InputOptions {
  containerRef: RefObject<HTMLElement | null>;
  hitContext(): HitContext;
  dispatch(event: InteractionEvent): void;
  spaceHeld: { current: boolean };
  interaction: StoreApi<InteractionStore>;
  awareness: Awareness | null;
}

/**
 * Native pointer, wheel and key listeners on the canvas container. They translate DOM events into the
 * interaction machine's events; all decisions are made by the pure reducer.
 */
export function useCanvasInput({
  containerRef,
  hitContext,
  dispatch,
  spaceHeld,
  interaction,
  awareness,
}: InputOptions) {
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const cursor = cursorPublisher(awareness);
    const touches = new Map<number, Point>();
    let pinched = false;
    // The mouse is over the canvas and moved since the keyboard last moved focus. Then Space pans even while
    // a toolbar button clicked a moment ago keeps focus (zoom with a button, then pan), whereas a keyboard
    // user's Space still presses the button they tabbed to.
    let pointerOver = false;

    const local = (event: { clientX: number; clientY: number }): Point => {
      const bounds = element.getBoundingClientRect();
      return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
    };
    const fromCanvas = (event: Event) => !isEditable(event.target);
    const board = (screen: Point) => screenToBoard(useUiStore.getState().viewport, screen);
    const updateCursorStyle = () => {
      const kind = interaction.getState().state.kind;
      element.style.cursor =
        kind === 'panning'
          ? 'grabbing'
          : kind.startsWith('dragging')
            ? 'grabbing'
            : spaceHeld.current
              ? 'grab'
              : 'default';
    };

    const onPointerDown = (event: PointerEvent) => {
      if (!fromCanvas(event)) return;
      element.focus({ preventScroll: true });
      const screen = local(event);
      if (event.pointerType === 'touch') {
        touches.set(event.pointerId, screen);
        if (touches.size >= 2) {
          // A second finger turns the gesture into a pinch: abandon whatever the first finger started.
          pinched = true;
          dispatch({ type: 'cancel' });
          return;
        }
      }
      try {
        element.setPointerCapture?.(event.pointerId);
      } catch {
        // A press kept while the input code loaded (input-queue.ts) whose finger or pen has lifted since.
      }
      const target = hitTest(hitContext(), screen);
      dispatch({ type: 'pointer-down', target, screen, board: board(screen), button: event.button });
      updateCursorStyle();
    };

    const onPointerMove = (event: PointerEvent) => {
      pointerOver = true;
      const screen = local(event);
      const point = board(screen);
      cursor.move(point.x, point.y);
      if (event.pointerType === 'touch' && touches.has(event.pointerId)) {
        const previous = [...touches.values()];
        touches.set(event.pointerId, screen);
        if (touches.size === 2 && previous.length === 2) {
          // Two fingers zoom with their spread and pan with their midpoint, as on any map.
          const step = pinchStep([previous[0]!, previous[1]!], [...touches.values()] as [Point, Point]);
          if (step) {
            const ui = useUiStore.getState();
            ui.zoomBy(step.factor, step.anchor);
            ui.panBy(step.dx, step.dy);
          }
          return;
        }
        // Lifting one finger of a pinch leaves the other panning, as on any map, until it lifts too.
        if (pinched && touches.size === 1 && previous.length === 1) {
          useUiStore.getState().panBy(screen.x - previous[0]!.x, screen.y - previous[0]!.y);
          return;
        }
      }
      if (interaction.getState().state.kind === 'idle') return;
      dispatch({ type: 'pointer-move', screen, board: point });
    };

    const onPointerUp = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (touches.size === 0) pinched = false;
      const screen = local(event);
      dispatch({ type: 'pointer-up', screen, board: board(screen) });
      updateCursorStyle();
    };

    const onPointerCancel = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (touches.size === 0) pinched = false;
      dispatch({ type: 'cancel' });
      updateCursorStyle();
    };

    const onDoubleClick = (event: MouseEvent) => {
      if (!fromCanvas(event)) return;
      const target = hitTest(hitContext(), local(event));
      dispatch({ type: 'double-click', target });
    };

    const onWheel = (event: WheelEvent) => {
      if (!fromCanvas(event)) return;
      event.preventDefault();
      const ui = useUiStore.getState();
      if (event.ctrlKey || event.metaKey) {
        ui.zoomBy(wheelZoomFactor(event.deltaY, event.deltaMode), local(event));
        return;
      }
      const delta = wheelPixels(event);
      ui.panBy(-delta.x, -delta.y);
    };

    // Safari pinches with gesture events instead of ctrl+wheel; without this it would zoom the whole page.
    let gestureScale = 1;
    const onGestureStart = (event: Event) => {
      event.preventDefault();
      gestureScale = 1;
    };
    const onGestureChange = (event: Event) => {
      event.preventDefault();
      const gesture = event as Event & SafariGesture;
      const factor = gestureZoomFactor(gestureScale, gesture);
      if (factor === null) return;
      gestureScale = gesture.scale as number;
      const at =
        typeof gesture.clientX === 'number' && typeof gesture.clientY === 'number'
          ? local({ clientX: gesture.clientX, clientY: gesture.clientY })
          : undefined;
      useUiStore.getState().zoomBy(factor, at);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab') pointerOver = false;
      if (isEditable(event.target)) return;
      if (event.code === 'Space' && spaceHeld.current) {
        event.preventDefault();
        return;
      }
      if (
        event.code === 'Space' &&
        !event.repeat &&
        (event.target === document.body ||
          element.contains(event.target as Node) ||
          (pointerOver && !(event.target instanceof Element && event.target.closest('dialog'))))
      ) {
        spaceHeld.current = true;
        // Also keeps a focused toolbar button from being pressed when the space bar comes up.
        event.preventDefault();
        updateCursorStyle();
        return;
      }
      if (!element.contains(event.target as Node)) return;
      if (event.key === 'Escape') {
        dispatch({ type: 'cancel' });
        useUiStore.getState().clearSelection();
        return;
      }
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      const { selectedNoteId, selectedStepId } = useUiStore.getState();
      if (hitContext().readOnly) return;
      event.preventDefault();
      if (selectedNoteId) deleteSelected({ type: 'delete-note', noteId: selectedNoteId });
      else if (selectedStepId) deleteSelected({ type: 'delete-step', stepId: selectedStepId });
    };
    const deleteSelected = (
      action: { type: 'delete-note'; noteId: string } | { type: 'delete-step'; stepId: string },
    ) => {
      // Deleting is the same path as the on-canvas delete buttons: a button press in the machine.
      const target: HitTarget = { kind: 'button', action };
      dispatch({ type: 'pointer-down', target, screen: { x: 0, y: 0 }, board: { x: 0, y: 0 }, button: 0 });
      dispatch({ type: 'pointer-up', screen: { x: 0, y: 0 }, board: { x: 0, y: 0 } });
    };

    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code !== 'Space') return;
      spaceHeld.current = false;
      updateCursorStyle();
    };
    const onBlur = () => {
      spaceHeld.current = false;
      dispatch({ type: 'cancel' });
      updateCursorStyle();
    };
    const onLeave = () => {
      pointerOver = false;
      cursor.leave();
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('gesturestart', onGestureStart);
    element.addEventListener('gesturechange', onGestureChange);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      cursor.cancel();
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('gesturestart', onGestureStart);
      element.removeEventListener('gesturechange', onGestureChange);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [containerRef, hitContext, dispatch, spaceHeld, interaction, awareness]);
}
