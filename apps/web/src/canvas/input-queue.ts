import type { RefObject } from 'react';
import { type EventKeeper, keepEvents, useKeptEvents } from './kept-events';

// The canvas is drawn before its input code (pointer, keyboard, in-place editing) has arrived: that code
// loads just after the first complete frame (see canvas-input.tsx). Input that comes in meanwhile is not
// lost: it is kept here, with the browser's own reaction held back (a page scroll, a zoom of the whole
// page, a dropped file opening in the tab), and handed to the input code once it is in, which handles it
// in the order it came as if it had just happened.

/** One input event kept for the canvas's input code: its type, what it said, and a drop's files. */
export interface QueuedInput {
  readonly type: string;
  readonly init: Readonly<Record<string, unknown>>;
  readonly files?: readonly File[];
}

/** The canvas's kept input: `take` stops keeping and hands it over, oldest first. */
export type InputQueue = EventKeeper<QueuedInput>;

/** Most events kept: pointer moves while a button is held can be many, and none are worth more. */
const LIMIT = 200;

/** What each kind of event says, as its constructor's options take it. */
const FIELDS = [
  'key',
  'code',
  'repeat',
  'location',
  'shiftKey',
  'altKey',
  'ctrlKey',
  'metaKey',
  'clientX',
  'clientY',
  'screenX',
  'screenY',
  'button',
  'buttons',
  'detail',
  'pointerId',
  'pointerType',
  'isPrimary',
  'width',
  'height',
  'pressure',
  'deltaX',
  'deltaY',
  'deltaZ',
  'deltaMode',
] as const;

function initOf(event: Event): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  const source = event as unknown as Record<string, unknown>;
  for (const field of FIELDS) if (field in event) init[field] = source[field];
  return init;
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * What the canvas's input code takes from an event that came before it, or null for events it never
 * handles on the canvas (Tab leaves the canvas as usual; shortcuts with Ctrl, Cmd or Alt are the page's).
 */
export function keptInput(event: Event, element: HTMLElement): QueuedInput | null {
  switch (event.type) {
    case 'focus':
    case 'blur':
      return event.target === element ? { type: event.type, init: {} } : null;
    case 'keydown':
    case 'keyup': {
      const key = event as KeyboardEvent;
      if (key.target !== element || key.key === 'Tab' || key.ctrlKey || key.metaKey || key.altKey)
        return null;
      return { type: event.type, init: initOf(event) };
    }
    case 'pointermove': {
      // Only a press being dragged: hovering changes nothing on the board.
      const pointer = event as PointerEvent;
      return pointer.buttons === 0 && pointer.pointerType !== 'touch'
        ? null
        : { type: 'pointermove', init: initOf(event) };
    }
    case 'drop': {
      const drag = event as DragEvent;
      if (!hasFiles(drag)) return null;
      // Taken now: a drop's data is gone once the event has been handled.
      return { type: 'drop', init: initOf(event), files: [...(drag.dataTransfer?.files ?? [])] };
    }
    default:
      return { type: event.type, init: initOf(event) };
  }
}

const TYPES = [
  'focus',
  'blur',
  'keydown',
  'keyup',
  'pointerdown',
  'pointermove',
  'pointerup',
  'pointercancel',
  'dblclick',
  'wheel',
  'dragover',
  'drop',
] as const;

/** Keeps the canvas's input from now until `take` is called. */
export function queueCanvasInput(element: HTMLElement): InputQueue {
  return keepEvents(
    element,
    TYPES,
    (event) => {
      if (event.type === 'dragover') {
        // Says a file may be dropped here (as the input code will), so a drop does not open it in the tab.
        const drag = event as DragEvent;
        if (!hasFiles(drag)) return null;
        event.preventDefault();
        if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'copy';
        return null;
      }
      const input = keptInput(event, element);
      // What the browser would do itself (scroll the page, press a button, open a dropped file) waits too.
      if (input && event.cancelable && input.type !== 'focus' && input.type !== 'blur')
        event.preventDefault();
      return input;
    },
    LIMIT,
  );
}

/** The event to dispatch again for a kept one (the browser's constructors, where it has them). */
function eventFor(input: QueuedInput): Event {
  const init = { ...input.init, bubbles: input.type !== 'focus' && input.type !== 'blur', cancelable: true };
  switch (input.type) {
    case 'keydown':
    case 'keyup':
      return new KeyboardEvent(input.type, init);
    case 'focus':
    case 'blur':
      return new FocusEvent(input.type, init);
    case 'wheel':
      return new WheelEvent(input.type, init);
    case 'drop': {
      if (typeof DragEvent !== 'function' || typeof DataTransfer !== 'function')
        return new MouseEvent('drop', init);
      const dataTransfer = new DataTransfer();
      for (const file of input.files ?? []) dataTransfer.items.add(file);
      return new DragEvent('drop', { ...init, dataTransfer });
    }
    case 'dblclick':
      return new MouseEvent(input.type, init);
    default:
      return typeof PointerEvent === 'function'
        ? new PointerEvent(input.type, init)
        : new MouseEvent(input.type, init);
  }
}

/** Hands kept input to the canvas's input code, now listening on `element`: each event again, in order. */
export function replayInput(element: HTMLElement, queued: readonly QueuedInput[]): void {
  for (const input of queued) element.dispatchEvent(eventFor(input));
}

/**
 * Keeps the canvas's input from its first frame until its input code takes it (`take`, called once that
 * code listens). The canvas element must be there at the first commit.
 */
export function useInputQueue(containerRef: RefObject<HTMLElement | null>): () => readonly QueuedInput[] {
  return useKeptEvents(startQueue, containerRef);
}

const startQueue = (target: EventTarget) => queueCanvasInput(target as HTMLElement);
