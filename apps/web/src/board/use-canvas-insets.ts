import { type RefObject, useLayoutEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import { insetsFromCovers, type Rect } from '../state/viewport';
import type { PanelPlacement } from './panel-layout';

const rectOf = (element: Element): Rect => {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height };
};

/**
 * Measures how much of the canvas the panels floating over it cover and tells the canvas (ui-store), so
 * zoom to fit, following and "Bring everyone to me" aim at the part people can see. Measured rather than
 * computed, so it stays true whatever the stylesheet does at any screen size.
 */
export function useCanvasInsets(main: RefObject<HTMLElement | null>, placement: PanelPlacement): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the panels move
  useLayoutEffect(() => {
    const root = main.current;
    if (!root) return;
    const measure = () => {
      const canvas = root.querySelector('.canvas-area');
      if (!canvas) return;
      const covers = [...root.querySelectorAll('[data-panel-mode="overlay"]')]
        .filter((element) => !(element as HTMLElement).hidden)
        .map(rectOf);
      useUiStore.getState().setViewportInsets(insetsFromCovers(rectOf(canvas), covers));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    for (const element of root.querySelectorAll('.canvas-area, [data-panel-mode]')) observer.observe(element);
    return () => observer.disconnect();
  }, [main, placement]);
}
