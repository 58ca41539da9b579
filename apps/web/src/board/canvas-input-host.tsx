import { lazyPart } from '../app/lazy-part';
import type { CanvasInputProps } from '../canvas/canvas-input';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { DeferredPart } from './deferred-panel';

// Not needed to draw the board: the canvas's pointer, keyboard and in-place editing, and taking files
// dropped on it, load once the board is drawn (see DeferredPart). Input that comes before waits for them
// (canvas/input-queue.ts). Their messages (focus descriptions, editor labels) come with them.
const Input = lazyPart(
  withMessages(['input'], () => import('./canvas-input-part').then((m) => m.CanvasInputPart)),
);

/** The canvas's input, once the board is drawn; if its code did not arrive, an error says so over the map. */
export function DeferredCanvasInput(props: CanvasInputProps) {
  const t = useT();
  return <DeferredPart part={Input} label={t('board.area.canvas-input')} props={props} />;
}
