import { useDeferredValue, useEffect, useState } from 'react';

/**
 * `value`, except that its first version with content is rendered in the background (React's deferred
 * render, which yields to the browser) after the urgent render that brought it (or after the first
 * render, which shows `initial`). The first sync delivers
 * the whole board in one transaction; rendering the outline's hundreds of rows in that same synchronous
 * render delayed the canvas's first frame. Every later change is returned at once: a deferred re-render
 * that moves a list row while it has keyboard focus would blur it (moving a step from the outline keeps
 * focus on the pressed button).
 */
export function useFirstContentDeferred<T>(value: T, hasContent: (value: T) => boolean, initial: T): T {
  // `initial` is what the first render shows: the board may have synced before this mounts.
  const deferred = useDeferredValue(value, initial);
  const [caughtUp, setCaughtUp] = useState(false);
  const shownHasContent = deferred === value && hasContent(value);
  useEffect(() => {
    if (!caughtUp && shownHasContent) setCaughtUp(true);
  }, [caughtUp, shownHasContent]);
  return caughtUp ? value : deferred;
}
