import { memo } from 'react';
import { Rect } from './konva';
import { type BoardLayout, gapX, ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';
import { Polyline } from './polyline';
import { THEME } from './theme';

/** Row bands and column separators: the part of the board that changes least. */
export const GridContent = memo(function GridContent({
  layout,
  first,
  last,
}: {
  layout: BoardLayout;
  first: number;
  last: number;
}) {
  const width = layout.width - ROW_HEADER_WIDTH;
  const separators: number[] = [];
  for (let index = first; index <= last + 1 && index <= layout.columns.length; index++)
    separators.push(index);
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
      {separators.map((index) => (
        <Polyline
          key={index}
          points={[gapX(index), TOP_HEIGHT, gapX(index), layout.height]}
          stroke={THEME.gridLine}
          strokeWidth={1}
          perfectDrawEnabled={false}
        />
      ))}
    </>
  );
});
