// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirstContentDeferred } from './use-first-content-deferred';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hasItems = (items: readonly string[]) => items.length > 0;

/** Every value the hook returned, render by render. */
let seen: (readonly string[])[] = [];
const NONE: readonly string[] = [];
function Probe({ items }: { items: readonly string[] }) {
  seen.push(useFirstContentDeferred(items, hasItems, NONE));
  return null;
}

afterEach(() => {
  seen = [];
});

describe('useFirstContentDeferred', () => {
  it('renders the first content in a later, deferred render, and later changes at once', async () => {
    const root = createRoot(document.createElement('div'));
    const empty: string[] = [];
    await act(async () => root.render(<Probe items={empty} />));
    // The first render shows the initial value, then the value itself (empty: no content yet).
    expect(seen[0]).toBe(NONE);
    expect(seen.at(-1)).toBe(empty);

    // The first sync: the urgent render still shows the empty list, a deferred one shows the board.
    seen = [];
    const board = ['step-1', 'step-2'];
    await act(async () => root.render(<Probe items={board} />));
    expect(seen[0]).toBe(empty);
    expect(seen.at(-1)).toBe(board);

    // From then on, the urgent render itself has the new value: no render shows the old order.
    seen = [];
    const moved = ['step-2', 'step-1'];
    await act(async () => root.render(<Probe items={moved} />));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((value) => value === moved)).toBe(true);
    await act(async () => root.unmount());
  });

  it('mounts with the initial value when the content is already there, then shows it', async () => {
    const root = createRoot(document.createElement('div'));
    const board = ['step-1'];
    await act(async () => root.render(<Probe items={board} />));
    expect(seen[0]).toBe(NONE);
    expect(seen.at(-1)).toBe(board);
    seen = [];
    const moved = ['step-1', 'step-2'];
    await act(async () => root.render(<Probe items={moved} />));
    expect(seen.every((value) => value === moved)).toBe(true);
    await act(async () => root.unmount());
  });

  it('keeps deferring while there is no content (an empty board)', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe items={[]} />));
    seen = [];
    const other: string[] = [];
    const first = ['step-1'];
    await act(async () => root.render(<Probe items={other} />));
    await act(async () => root.render(<Probe items={first} />));
    expect(seen).toContain(other);
    expect(seen.at(-1)).toBe(first);
    // The first step arrived in a deferred render: the urgent one still had the previous value.
    expect(seen[seen.indexOf(first) - 1]).toBe(other);
    await act(async () => root.unmount());
  });
});
