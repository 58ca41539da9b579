import type KonvaType from 'konva';
import type { ShapeConfig } from 'konva/lib/Shape';
import { useCallback } from 'react';
import { Shape } from './konva';

/** The points of a polyline, `[x0, y0, x1, y1, …]`, traced onto a context. */
export function tracePolyline(
  context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; closePath(): void },
  points: readonly number[],
  closed: boolean,
): void {
  if (points.length < 4) return;
  context.moveTo(points[0]!, points[1]!);
  for (let i = 2; i + 1 < points.length; i += 2) context.lineTo(points[i]!, points[i + 1]!);
  if (closed) context.closePath();
}

/**
 * Straight segments through `points`, filled and stroked like any Konva shape (fill, stroke, dash…).
 * Konva's own Line also does curves, and its curve maths made up a good part of the board's initial
 * JavaScript; the board only ever draws straight lines.
 */
export function Polyline({
  points,
  closed = false,
  ...style
}: { points: readonly number[]; closed?: boolean } & Omit<ShapeConfig, 'sceneFunc' | 'points'>) {
  const sceneFunc = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      context.beginPath();
      tracePolyline(context, points, closed);
      context.fillStrokeShape(shape);
    },
    [points, closed],
  );
  return <Shape {...style} sceneFunc={sceneFunc} />;
}
