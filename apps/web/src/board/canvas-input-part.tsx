import { CanvasInput, type CanvasInputProps } from '../canvas/canvas-input';
import { useCanvasFileDrop } from '../evidence/canvas-drop';

/**
 * The canvas's input with what the board adds to it: files dropped on a step or note are attached to it.
 * Loaded once the board is drawn (canvas-input-host.tsx), so the drop code is not in the first load; a drop
 * before it arrives is kept by the canvas's input queue and handed to it (canvas/input-queue.ts).
 */
export function CanvasInputPart(props: CanvasInputProps) {
  return <CanvasInput {...props} useFileDrop={useCanvasFileDrop} />;
}
