import { type RefObject, useLayoutEffect, useState } from 'react';
import { useUiStore } from '../state/ui-store';
import type { Size } from '../state/viewport';

/**
 * The canvas element's size, kept in the UI store too (buttons zoom around its centre). Measured before
 * the first paint, so the Stage mounts in the same frame as the board around it.
 */
export function useCanvasSize(containerRef: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((current) => (current.width === next.width && current.height === next.height ? current : next));
      useUiStore.getState().setViewportSize(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [containerRef]);
  return size;
}
