import { type RefObject, useLayoutEffect } from 'react';
import { overlayRightOf, type PanelPlacement } from './panel-layout';

/** Whether a child of the main area stands beside the canvas (in the flow, drawn, not floating over it). */
function standsBeside(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    !element.hidden &&
    !element.classList.contains('canvas-area') &&
    element.dataset.panelMode !== 'overlay'
  );
}

/**
 * Sets the main area's `--overlay-right`, where a floating panel's right edge goes: measured just left of
 * whatever stands beside the canvas (docked panels, the customer-feedback panel, the rail), so a floating
 * panel never covers one of them, whatever their widths.
 */
export function useOverlayRight(main: RefObject<HTMLElement | null>, placement: PanelPlacement): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the panels move
  useLayoutEffect(() => {
    const root = main.current;
    if (!root) return;
    const measure = () => {
      const lefts = [...root.children]
        .filter(standsBeside)
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map((box) => box.left);
      const right = overlayRightOf(root.getBoundingClientRect().right, lefts);
      root.style.setProperty('--overlay-right', `${right}px`);
    };
    measure();
    // The canvas narrows or widens whenever something beside it comes, goes or changes width.
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    const canvas = root.querySelector('.canvas-area');
    if (canvas) observer.observe(canvas);
    return () => observer.disconnect();
  }, [main, placement]);
}
