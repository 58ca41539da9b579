import { type ComponentType, type LazyExoticComponent, lazy, useState } from 'react';
import { loadWhenOnline } from './code-retry';

export interface LazyPart<P extends object> {
  /** Renders the part, suspending until its code has loaded (wrap it in Suspense and an error boundary). */
  readonly Part: ComponentType<P>;
  /** Starts loading the code now, e.g. while the page waits for the network anyway. */
  readonly preload: () => Promise<ComponentType<P>>;
}

/**
 * A component whose code is split out of the initial bundle. Unlike a bare React.lazy, a failed load
 * (a dropped connection, a deploy that removed the old chunk) is not remembered here: the next render or
 * preload tries again. Offline, the code is not requested (a CodeNotFetchedError), so it loads when the
 * connection returns; a request that failed online is remembered by the browser itself, and only a new
 * page loads it (the error boundaries' "Try again" reloads then, see code-retry.ts).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = () => {
    // Offline, the code is not requested at all: a failed request would be remembered (code-retry.ts).
    pending ??= loadWhenOnline(load).then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        current = makeLazy();
        throw error;
      },
    );
    return pending;
  };
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => ({ default: await preload() }));
  let current = makeLazy();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, never in a render
  function Part(props: P) {
    // Code that has loaded renders at once. React.lazy would suspend once anyway, and React 19 holds a
    // revealed Suspense boundary back for up to 300 ms after its fallback showed (fallback throttling).
    // Chosen once per mounted part: switching from the lazy wrapper to the component would remount it.
    const [direct] = useState(() => loaded);
    const Current = direct ?? current;
    return <Current {...props} />;
  }
  return { Part, preload };
}
