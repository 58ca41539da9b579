import type KonvaType from 'konva';
import { memo, useCallback, useMemo } from 'react';
import { useUiStore } from '../state/ui-store';
import { curveDots, drawCurveDots, type HeaderBox, headerBoxes } from './far-marks';
import { Shape } from './konva';
import type { ColumnSpanProps } from './layout';
import { THEME } from './theme';

/** Every unselected step header of `first..last` as one shape, at the "shapes" detail level. */
export const HeaderBoxes = memo(function HeaderBoxes({ layout, first, last }: ColumnSpanProps) {
  const selected = useUiStore((state) => state.selectedStepId);
  const boxes = useMemo(
    () => headerBoxes(layout.columns, first, last, selected),
    [layout.columns, first, last, selected],
  );
  const sceneFunc = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      context.beginPath();
      for (const box of boxes) traceBox(context, box);
      context.fillStrokeShape(shape);
    },
    [boxes],
  );
  return (
    <Shape
      name="step-header-boxes"
      sceneFunc={sceneFunc}
      fill={THEME.stepHeaderFill}
      stroke={THEME.gridLine}
      strokeWidth={1}
      perfectDrawEnabled={false}
      listening={false}
    />
  );
});

function traceBox(context: KonvaType.Context, box: HeaderBox) {
  // Zoomed this far out a rounded corner is under a pixel: a plain rectangle looks the same.
  context.rect(box.x, box.y, box.width, box.height);
}

/** The curve's points as dots, one shape for all of them, at the "shapes" detail level. */
export const CurveDots = memo(function CurveDots({
  points,
}: {
  points: readonly { readonly x: number; readonly y: number; readonly value: number }[];
}) {
  const dots = useMemo(() => curveDots(points), [points]);
  const sceneFunc = useCallback(
    (context: KonvaType.Context) => drawCurveDots(context._context, dots),
    [dots],
  );
  return <Shape name="curve-dots" sceneFunc={sceneFunc} perfectDrawEnabled={false} listening={false} />;
});
