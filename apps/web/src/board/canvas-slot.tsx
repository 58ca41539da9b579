import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { LocalUser } from './board-context';

export interface CanvasSlotProps {
  readonly doc: Y.Doc;
  readonly origin: object;
  readonly readOnly: boolean;
  readonly awareness: Awareness | null;
  readonly localUser: LocalUser;
}

/** Where the Konva canvas (apps/web/src/canvas, a colleague's) is mounted. */
export function CanvasSlot(_props: CanvasSlotProps) {
  return (
    <div className="canvas-placeholder">
      <p>The visual map is not available in this build; the Journey outline shows the whole board.</p>
    </div>
  );
}
