// @vitest-environment jsdom
import type KonvaType from 'konva';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useColumnCache } from './column-cache';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Records what the hook does to its Konva group, in order. */
function fakeGroup() {
  const calls: string[] = [];
  let cached = false;
  const group = {
    calls,
    getLayer: () => ({ batchDraw: () => calls.push('draw') }),
    isCached: () => cached,
    clearCache: () => {
      cached = false;
      calls.push('clear');
    },
    cache: (options: { pixelRatio: number }) => {
      cached = true;
      calls.push(`cache@${options.pixelRatio}`);
    },
    rect: { x: 0, y: 0, width: 10, height: 10 },
    getClientRect: () => group.rect,
  };
  return group;
}

let roots: ReturnType<typeof createRoot>[] = [];
afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
});

function Column(props: {
  group: ReturnType<typeof fakeGroup>;
  pixelRatio: number;
  live: number;
  detail: string;
  text: string;
}) {
  const { groupRef } = useColumnCache({
    pixelRatio: props.pixelRatio,
    liveRatio: () => props.live,
    appearance: props.detail,
  });
  (groupRef as { current: unknown }).current = props.group as unknown as KonvaType.Group;
  return <span>{props.text}</span>;
}

async function frames() {
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

async function setup() {
  const group = fakeGroup();
  const root = createRoot(document.createElement('div'));
  roots.push(root);
  const render = (props: Partial<Parameters<typeof Column>[0]>) =>
    act(async () =>
      root.render(<Column group={group} pixelRatio={1} live={1} detail="full" text="a" {...props} />),
    );
  await render({});
  await frames();
  group.calls.length = 0;
  return { group, render };
}

describe('useColumnCache', () => {
  it('drops the image at once when the content changes, then caches again', async () => {
    const { group, render } = await setup();
    await render({ text: 'b' });
    expect(group.calls[0]).toBe('clear');
    await frames();
    expect(group.calls).toContain('cache@1');
  });

  it('keeps the old image through a change of detail until the new one is cached', async () => {
    const { group, render } = await setup();
    await render({ detail: 'titles' });
    expect(group.calls).toEqual([]);
    await frames();
    expect(group.calls).toEqual(['clear', 'cache@1', 'draw']);
    // The next content change is no longer soft.
    group.calls.length = 0;
    await render({ detail: 'titles', text: 'c' });
    expect(group.calls[0]).toBe('clear');
  });

  it('caches at the zoom of the moment when it is lower than the settled resolution', async () => {
    const { group, render } = await setup();
    await render({ text: 'z', live: 0.25 });
    await frames();
    expect(group.calls).toContain('cache@0.25');
    group.calls.length = 0;
    // Zooming in: the settled (lower) resolution is kept until the new one settles.
    await render({ text: 'y', pixelRatio: 0.25, live: 2 });
    await frames();
    expect(group.calls).toContain('cache@0.25');
  });

  it('draws live what would be a bitmap under one pixel (a canvas of size zero cannot be drawn)', async () => {
    const { group, render } = await setup();
    // 10 × 10 (11 × 11 with the whole-pixel margin) at a 64th of the size is a fraction of a pixel.
    await render({ text: 'tiny', live: 1 / 64 });
    await frames();
    expect(group.calls.filter((call) => call.startsWith('cache'))).toEqual([]);
    expect(group.isCached()).toBe(false);
    group.rect = { x: 0, y: 0, width: 200, height: 3 };
    await render({ text: 'thin', live: 1 / 16 });
    await frames();
    expect(group.calls.filter((call) => call.startsWith('cache'))).toEqual([]);
    group.rect = { x: 0, y: 0, width: 200, height: 40 };
    await render({ text: 'big enough', live: 1 / 16 });
    await frames();
    expect(group.calls).toContain('cache@0.0625');
  });
});
