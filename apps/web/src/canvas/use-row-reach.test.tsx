// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useRowReach } from './use-row-reach';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let roots: ReturnType<typeof createRoot>[] = [];
const seen: number[] = [];

afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
  seen.length = 0;
});

function Probe({ bottom, drawn }: { bottom: number; drawn: boolean }) {
  seen.push(useRowReach(bottom, drawn));
  return null;
}

const frames = () =>
  act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });

describe('useRowReach', () => {
  it('follows the bottom of the screen until the board is drawn, then reaches every row for good', async () => {
    const root = createRoot(document.createElement('div'));
    roots.push(root);
    await act(async () => root.render(<Probe bottom={1200} drawn={false} />));
    await frames();
    expect(seen.at(-1)).toBe(1200);
    await act(async () => root.render(<Probe bottom={1600} drawn={false} />));
    await frames();
    expect(seen.at(-1)).toBe(1600);
    await act(async () => root.render(<Probe bottom={1600} drawn />));
    await frames();
    expect(seen.at(-1)).toBe(Number.POSITIVE_INFINITY);
    // Not drawn again (a reload of the content): rows stay, nothing is unmounted.
    await act(async () => root.render(<Probe bottom={800} drawn={false} />));
    expect(seen.at(-1)).toBe(Number.POSITIVE_INFINITY);
  });
});
