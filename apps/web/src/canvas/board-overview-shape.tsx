import type { Channel } from '@journeyboard/journey';
import type KonvaType from 'konva';
import { memo, useCallback, useMemo, useSyncExternalStore } from 'react';
import { drawOverview, lazyOverviewShapes } from './board-overview';
import type { BoardStore } from './board-store';
import { Shape } from './konva';
import type { BoardLayout } from './layout';
import { measureLine } from './measure-text';

/**
 * Every card and note of the columns in view as one shape, for the "shapes" detail level (zoomed far
 * out), in place of the step columns. It re-renders when any step or note changes, which at this zoom is
 * one cheap redraw of a few thousand rectangles.
 */
export const BoardOverview = memo(function BoardOverview({
  store,
  layout,
  cellNotes,
  channels,
  first,
  last,
  hiddenStepId,
}: {
  store: BoardStore;
  layout: BoardLayout;
  cellNotes: ReadonlyMap<string, readonly string[]>;
  channels: ReadonlyMap<string, Channel>;
  first: number;
  last: number;
  hiddenStepId: string | null;
}) {
  const content = useSyncExternalStore(store.subscribeContent, store.getContent);
  const steps = useMemo(() => new Map(content.steps.map((step) => [step.id, step])), [content.steps]);
  const notes = useMemo(() => new Map(content.notes.map((note) => [note.id, note])), [content.notes]);
  const shapes = useMemo(
    () =>
      lazyOverviewShapes({ layout, cellNotes, steps, notes, channels, hiddenStepId, measure: measureLine }),
    [layout, cellNotes, steps, notes, channels, hiddenStepId],
  );
  const sceneFunc = useCallback(
    (context: KonvaType.Context) => drawOverview(context._context, shapes, first, last),
    [shapes, first, last],
  );
  return <Shape name="board-overview" listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />;
});
