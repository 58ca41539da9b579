import { lazyPart } from '../app/lazy-part';
import type { CanvasInputProps } from '../canvas/canvas-input';
import { useT } from '../i18n/use-t';
import { DeferredPart } from './deferred-panel';

// Not needed to draw the board: the canvas's pointer, keyboard and in-place editing load once the board
// is drawn (see DeferredPart). Input that comes before waits for them (canvas/input-queue.ts).
const Input = lazyPart(() => import('../canvas/canvas-input').then((m) => m.CanvasInput));

/** The canvas's input, once the board is drawn; if its code did not arrive, an error says so over the map. */
export function DeferredCanvasInput(props: CanvasInputProps) {
  const t = useT();
  return <DeferredPart part={Input} label={t('board.area.canvas-input')} props={props} />;
}
