// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RovingToolbar } from './roving-toolbar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const NAMES = ['b0', 'b1', 'b2', 'b3'];

function render(disabled: readonly boolean[]) {
  act(() =>
    root.render(
      <RovingToolbar label="Note tools">
        {NAMES.slice(0, disabled.length).map((name, i) => (
          <button key={name} type="button" disabled={disabled[i]}>
            {name}
          </button>
        ))}
      </RovingToolbar>,
    ),
  );
  return [...container.querySelectorAll('button')];
}
const stops = (buttons: HTMLButtonElement[]) =>
  buttons.filter((b) => b.tabIndex === 0).map((b) => b.textContent);
const key = (target: HTMLElement, name: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });

describe('RovingToolbar', () => {
  it('makes exactly one enabled button the Tab stop, skipping disabled ones', () => {
    expect(stops(render([true, false, false]))).toEqual(['b1']);
    expect(stops(render([false, false, false]))).toEqual(['b0']);
    expect(stops(render([true, true]))).toEqual([]);
  });

  it('moves the stop with the arrow keys, Home and End, and keeps it after a re-render', () => {
    const buttons = render([false, true, false, false]);
    act(() => buttons[0]!.focus());
    key(buttons[0]!, 'ArrowRight');
    expect(document.activeElement?.textContent).toBe('b2');
    key(document.activeElement as HTMLElement, 'End');
    expect(document.activeElement?.textContent).toBe('b3');
    key(document.activeElement as HTMLElement, 'ArrowRight');
    expect(document.activeElement?.textContent).toBe('b0');
    key(document.activeElement as HTMLElement, 'ArrowLeft');
    expect(stops(render([false, true, false, false]))).toEqual(['b3']);
    // The stop's button became disabled: the last enabled one takes the stop.
    expect(stops(render([false, true, false, true]))).toEqual(['b2']);
  });
});
