// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keptInput, queueCanvasInput, replayInput } from './input-queue';

function canvas(): HTMLElement {
  const element = document.createElement('div');
  element.tabIndex = 0;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

function key(element: HTMLElement, type: 'keydown' | 'keyup', init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event;
}

describe('queueCanvasInput', () => {
  it('keeps the keys pressed on the canvas before its input code, holding back what the browser would do', () => {
    const element = canvas();
    const queue = queueCanvasInput(element);
    const arrow = key(element, 'keydown', { key: 'ArrowRight', code: 'ArrowRight' });
    key(element, 'keydown', { key: 'Enter', code: 'Enter' });
    expect(arrow.defaultPrevented).toBe(true);
    const kept = queue.take();
    expect(kept.map((input) => [input.type, input.init.key])).toEqual([
      ['keydown', 'ArrowRight'],
      ['keydown', 'Enter'],
    ]);
  });

  it('lets Tab and the page’s shortcuts (Ctrl, Cmd, Alt) through untouched and unkept', () => {
    const element = canvas();
    const queue = queueCanvasInput(element);
    const tab = key(element, 'keydown', { key: 'Tab' });
    const undo = key(element, 'keydown', { key: 'z', ctrlKey: true });
    const back = key(element, 'keydown', { key: 'ArrowLeft', altKey: true });
    expect([tab, undo, back].map((event) => event.defaultPrevented)).toEqual([false, false, false]);
    expect(queue.take()).toEqual([]);
  });

  it('keeps presses, drags and wheel turns, but not the pointer merely passing over', () => {
    const element = canvas();
    const queue = queueCanvasInput(element);
    element.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 5, buttons: 0 }));
    element.dispatchEvent(
      new MouseEvent('pointerdown', { bubbles: true, clientX: 10, clientY: 20, buttons: 1 }),
    );
    element.dispatchEvent(
      new MouseEvent('pointermove', { bubbles: true, clientX: 30, clientY: 20, buttons: 1 }),
    );
    element.dispatchEvent(new MouseEvent('pointerup', { bubbles: true, clientX: 30, clientY: 20 }));
    const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 100, ctrlKey: true });
    element.dispatchEvent(wheel);
    // A ctrl+wheel on the canvas zooms the board, never the whole page.
    expect(wheel.defaultPrevented).toBe(true);
    const kept = queue.take();
    expect(kept.map((input) => input.type)).toEqual(['pointerdown', 'pointermove', 'pointerup', 'wheel']);
    expect(kept[0]!.init).toMatchObject({ clientX: 10, clientY: 20 });
    expect(kept[3]!.init).toMatchObject({ deltaY: 100, ctrlKey: true });
  });

  it('keeps nothing more once taken, and hands over nothing twice', () => {
    const element = canvas();
    const queue = queueCanvasInput(element);
    key(element, 'keydown', { key: 'ArrowDown' });
    expect(queue.take()).toHaveLength(1);
    const later = key(element, 'keydown', { key: 'ArrowDown' });
    expect(later.defaultPrevented).toBe(false);
    expect(queue.take()).toEqual([]);
  });
});

describe('keptInput', () => {
  it('keeps the focus arriving on the canvas itself, so the input code can say where the keyboard is', () => {
    const element = canvas();
    const focus = new FocusEvent('focus');
    Object.defineProperty(focus, 'target', { value: element });
    expect(keptInput(focus, element)).toEqual({ type: 'focus', init: {} });
  });

  it('does not keep a key pressed in something inside the canvas', () => {
    const element = canvas();
    const inner = document.createElement('input');
    element.append(inner);
    const event = new KeyboardEvent('keydown', { key: 'a', bubbles: true });
    Object.defineProperty(event, 'target', { value: inner });
    expect(keptInput(event, element)).toBeNull();
  });
});

describe('replayInput', () => {
  it('hands each kept event to the listeners now on the canvas, in the order it came, as it was', () => {
    const element = canvas();
    const queue = queueCanvasInput(element);
    key(element, 'keydown', { key: 'ArrowRight', code: 'ArrowRight', shiftKey: true });
    element.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: 40, clientY: 50 }));
    key(element, 'keyup', { key: ' ', code: 'Space' });
    const seen: string[] = [];
    element.addEventListener('keydown', (event) => seen.push(`down ${event.key} shift=${event.shiftKey}`));
    element.addEventListener('dblclick', (event) => seen.push(`dblclick ${event.clientX},${event.clientY}`));
    // The window's listeners hear them too (the canvas listens for Space and Escape there).
    window.addEventListener('keyup', (event) => seen.push(`window up ${event.code}`), { once: true });
    replayInput(element, queue.take());
    expect(seen).toEqual(['down ArrowRight shift=true', 'dblclick 40,50', 'window up Space']);
  });
});
