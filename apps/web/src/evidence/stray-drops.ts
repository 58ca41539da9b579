import { useEffect } from 'react';

// Files are taken where the board shows it takes them: dropped on a step or note on the canvas, or on an
// evidence section. A file dragged anywhere else on the board page (the toolbar, a panel) is refused with
// the browser's "no drop" pointer, rather than opened in the tab in place of the board: from the board's
// first render, before and after the code that takes files has arrived.

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Refuses files dragged over or dropped on `target` that nothing under the pointer took. Returns the undo. */
export function refuseStrayDrops(target: EventTarget): () => void {
  const onDrag = (event: Event) => {
    const drag = event as DragEvent;
    // Taken (or refused) already by what is under the pointer: the canvas, an evidence section.
    if (drag.defaultPrevented || !hasFiles(drag)) return;
    drag.preventDefault();
    if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'none';
  };
  target.addEventListener('dragover', onDrag);
  target.addEventListener('drop', onDrag);
  return () => {
    target.removeEventListener('dragover', onDrag);
    target.removeEventListener('drop', onDrag);
  };
}

/** Refuses files dropped outside the places that take them, for the board's life. */
export function useStrayDropsRefused(): void {
  useEffect(() => refuseStrayDrops(window), []);
}
