import { memo, useMemo } from 'react';
import type { CurveMarkProps } from '../canvas/canvas-marks-slot';
import { Group, Rect, Text } from '../canvas/konva';
import { COLUMN_WIDTH, columnX } from '../canvas/layout';
import { THEME } from '../canvas/theme';
import { useLanguage, useT } from '../i18n/use-t';
import { type DeskColumn, deskColumns, deskLines, deskSummary } from './service-desk-columns';
import { useBoardServiceDeskFigures } from './service-desk-footer';

// Imported service-desk figures on the canvas: under the emotion curve, each step with figures gets a
// small box naming its latest month with tickets, CSAT and the median wait and resolution times; zoomed
// out only tickets and CSAT, larger; zoomed far out a bar of the step's volume. The canvas makes room for
// it (useServiceDeskFooter in service-desk-footer.ts) only when the board holds figures.

const INSET = 8;
const BOX = { fill: '#f1f5f9', stroke: '#94a3b8', label: '#475569', text: '#0f172a', bar: '#475569' };

/** For the canvas's text alternative: which steps have figures under the curve, or null. */
export function useServiceDeskSummary(): string | null {
  const figures = useBoardServiceDeskFigures();
  const t = useT();
  return useMemo(
    () => (figures.size > 0 ? deskSummary(t, figures, [...figures.keys()]) : null),
    [figures, t],
  );
}

/** The figures of the steps in view, drawn in the curve row's footer. */
export const ServiceDeskMarks = memo(function ServiceDeskMarks({
  curve,
  footer,
  first,
  last,
  detail,
}: CurveMarkProps) {
  const figures = useBoardServiceDeskFigures();
  const columns = useMemo(
    () => deskColumns(figures, curve.points, first - 1, last + 1),
    [figures, curve.points, first, last],
  );
  if (!footer || columns.length === 0) return null;
  return (
    <Group listening={false} name="service-desk">
      {columns.map((column) => (
        <DeskBox key={column.stepId} column={column} footer={footer} detail={detail} />
      ))}
    </Group>
  );
});

function DeskBox({
  column,
  footer,
  detail,
}: {
  readonly column: DeskColumn;
  readonly footer: { readonly y: number; readonly height: number };
  readonly detail: CurveMarkProps['detail'];
}) {
  const t = useT();
  const language = useLanguage();
  const x = columnX(column.column) + INSET;
  const width = COLUMN_WIDTH - 2 * INSET;
  const y = footer.y + 4;
  const height = footer.height - 10;
  if (detail === 'shapes') {
    return (
      <Rect
        x={x}
        y={y + height / 2 - 12}
        width={Math.max(4, width * column.share)}
        height={24}
        fill={BOX.bar}
        cornerRadius={4}
        perfectDrawEnabled={false}
      />
    );
  }
  const { label, lines } = deskLines(t, language, column, detail);
  const size = detail === 'full' ? 11 : 20;
  const top = label ? y + 20 : y + 6;
  return (
    <Group>
      <Rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={BOX.fill}
        stroke={BOX.stroke}
        strokeWidth={1}
        cornerRadius={6}
        perfectDrawEnabled={false}
      />
      {label && (
        <Text
          x={x + 8}
          y={y + 6}
          width={width - 16}
          text={label}
          fontSize={10}
          fontStyle="bold"
          fontFamily={THEME.font}
          fill={BOX.label}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
      {lines.map((line, i) => (
        <Text
          key={line}
          x={x + 8}
          y={top + i * (size + 4)}
          width={width - 16}
          text={line}
          fontSize={size}
          fontFamily={THEME.font}
          fill={BOX.text}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      ))}
    </Group>
  );
}
