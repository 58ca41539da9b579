import type KonvaType from 'konva';
import type { ShapeConfig } from 'konva/lib/Shape';
import { useCallback, useMemo } from 'react';
import { type Glyph, traceGlyph } from './channel-icons';
import { Shape } from './konva';

/**
 * Straight segments through `points` (`[x0, y0, x1, y1, …]`), filled and stroked like any Konva shape
 * (fill, stroke, dash…), traced as the channel icons' polylines are. Konva's own Line also does curves, and
 * its curve maths made up a good part of the board's initial JavaScript; the board only draws straight lines.
 */
export function Polyline({
  points,
  closed = false,
  ...style
}: { points: readonly number[]; closed?: boolean } & Omit<ShapeConfig, 'sceneFunc' | 'points'>) {
  const path = useMemo<Glyph>(() => [{ kind: 'poly', points, closed }], [points, closed]);
  const sceneFunc = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      context.beginPath();
      traceGlyph(context, path);
      context.fillStrokeShape(shape);
    },
    [path],
  );
  return <Shape {...style} sceneFunc={sceneFunc} />;
}
