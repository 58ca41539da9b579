// @vitest-environment jsdom
import { act, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeNotFetchedError } from './code-load-error';
import { lazyPart } from './lazy-part';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Greeting({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

/** What the Suspense fallback below was asked to show. */
let shown: string[] = [];
function Fallback() {
  shown.push('fallback');
  return <p>loading</p>;
}

/** Counts its mounts: a remount would show a higher number. */
let mounts = 0;
function Counter({ label }: { label: string }) {
  const [mountNo] = useState(() => ++mounts);
  return (
    <p>
      {label} {mountNo}
    </p>
  );
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

  it('renders code that has loaded at once, without showing the fallback', async () => {
    const part = lazyPart(async () => Greeting);
    await part.preload();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    shown = [];
    // Synchronously, in one render: no promise to wait for, so no fallback and no throttled reveal.
    act(() => {
      root.render(
        <Suspense fallback={<Fallback />}>
          <part.Part name="Ada" />
        </Suspense>,
      );
    });
    expect(container.textContent).toBe('hello Ada');
    expect(shown).toEqual([]);
    await act(async () => root.unmount());
  });

  it('a part mounted before its code loaded keeps its state once the code arrives', async () => {
    let finish: (component: typeof Counter) => void = () => {};
    const part = lazyPart(() => new Promise<typeof Counter>((resolve) => (finish = resolve)));
    mounts = 0;
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const tree = (label: string) => (
      <Suspense fallback={<p>loading</p>}>
        <part.Part label={label} />
      </Suspense>
    );
    await act(async () => root.render(tree('first')));
    expect(container.textContent).toBe('loading');
    await act(async () => finish(Counter));
    expect(container.textContent).toBe('first 1');
    await act(async () => root.render(tree('second')));
    expect(container.textContent).toBe('second 1');
    expect(mounts).toBe(1);
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

  it('offline, requests nothing and fails as code that did not arrive; online again, it loads', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const load = vi.fn(async () => Greeting);
    const part = lazyPart(load);
    await expect(part.preload()).rejects.toBeInstanceOf(CodeNotFetchedError);
    expect(load).not.toHaveBeenCalled();
    onLine.mockReturnValue(true);
    await expect(part.preload()).resolves.toBe(Greeting);
    expect(load).toHaveBeenCalledTimes(1);
    onLine.mockRestore();
  });
});
