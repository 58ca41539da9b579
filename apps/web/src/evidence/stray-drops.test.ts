// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { refuseStrayDrops } from './stray-drops';

/** A drag event as the browser makes it, with a data transfer of these types. */
function drag(
  type: string,
  types: string[],
): Event & { dataTransfer: { types: string[]; dropEffect: string } } {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, dropEffect: 'copy' } });
  return event as Event & { dataTransfer: { types: string[]; dropEffect: string } };
}

let undo: (() => void) | null = null;

afterEach(() => {
  undo?.();
  undo = null;
  document.body.innerHTML = '';
});

describe('refuseStrayDrops', () => {
  it('refuses files dragged over or dropped where nothing takes them, instead of opening them', () => {
    undo = refuseStrayDrops(window);
    const over = drag('dragover', ['Files']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('none');
    const drop = drag('drop', ['Files']);
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
  });

  it('leaves alone what a place that takes files took, and drags of text', () => {
    undo = refuseStrayDrops(window);
    const zone = document.createElement('div');
    document.body.append(zone);
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      (event as unknown as { dataTransfer: { dropEffect: string } }).dataTransfer.dropEffect = 'copy';
    });
    const taken = drag('dragover', ['Files']);
    zone.dispatchEvent(taken);
    expect(taken.dataTransfer.dropEffect).toBe('copy');
    const text = drag('dragover', ['text/plain']);
    document.body.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
  });

  it('stops refusing once undone (the board closed)', () => {
    refuseStrayDrops(window)();
    const over = drag('dragover', ['Files']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });
});
