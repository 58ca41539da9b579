// @vitest-environment jsdom
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Greeting({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

describe('lazyPart', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('loads the code once, however often it is preloaded or rendered', async () => {
    const load = vi.fn(async () => Greeting);
    const part = lazyPart(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([part.preload(), part.preload()]);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <Suspense fallback={<p>loading</p>}>
          <part.Part name="Ada" />
        </Suspense>,
      );
    });
    expect(container.textContent).toBe('hello Ada');
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
  });

  it('tries again after a failed load instead of remembering the failure', async () => {
    let attempts = 0;
    const part = lazyPart(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return Greeting;
    });
    await expect(part.preload()).rejects.toThrow('chunk missing');
    await expect(part.preload()).resolves.toBe(Greeting);
    expect(attempts).toBe(2);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <Suspense fallback={<p>loading</p>}>
          <part.Part name="Grace" />
        </Suspense>,
      );
    });
    expect(container.textContent).toBe('hello Grace');
    await act(async () => root.unmount());
  });
});
