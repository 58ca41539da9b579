import type KonvaType from 'konva';
import { memo, useCallback, useMemo } from 'react';
import { traceGlyph } from './channel-icons';
import { separatorLines } from './grid-lines';
import { Rect, Shape } from './konva';
import { type ColumnSpanProps, ROW_HEADER_WIDTH } from './layout';
import { THEME } from './theme';

/** Row bands and column separators: the part of the board that changes least. */
export const GridContent = memo(function GridContent({ layout, first, last }: ColumnSpanProps) {
  const width = layout.width - ROW_HEADER_WIDTH;
  const separators = useMemo(
    () => separatorLines(first, last, layout.columns.length, layout.height),
    [first, last, layout.columns.length, layout.height],
  );
  const drawSeparators = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      context.beginPath();
      traceGlyph(context, separators);
      context.fillStrokeShape(shape);
    },
    [separators],
  );
  return (
    <>
      {layout.rows.map((row, i) => (
        <Rect
          key={row.key}
          x={ROW_HEADER_WIDTH}
          y={row.y}
          width={width}
          height={row.height}
          fill={row.kind === 'curve' ? THEME.curveRow : i % 2 === 0 ? THEME.rowEven : THEME.rowOdd}
          stroke={THEME.gridLine}
          strokeWidth={1}
          perfectDrawEnabled={false}
        />
      ))}
      <Shape
        name="column-separators"
        sceneFunc={drawSeparators}
        stroke={THEME.gridLine}
        strokeWidth={1}
        perfectDrawEnabled={false}
      />
    </>
  );
});
