import { MEASURED_MIN_RESPONSES, measuredByStep } from '@journeyboard/journey';
import { memo, useContext, useMemo } from 'react';
import type * as Y from 'yjs';
import { BoardContext } from '../board/board-context';
import type { CurveModel } from '../canvas/board-store';
import { Circle, Group, Rect, Text } from '../canvas/konva';
import { COLUMN_WIDTH, columnX } from '../canvas/layout';
import { Polyline } from '../canvas/polyline';
import { THEME } from '../canvas/theme';
import { formatNumber } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import {
  highlightedDisagreements,
  type MeasuredPoint,
  measuredPoints,
  type PlacedStep,
} from './measured-geometry';
import { useFeedbackResults } from './use-feedback-results';

// Customers' measured curve in the emotion-curve row, beside the workshop's curve and the target line:
// each step's mean (solid once it has enough responses, hollow before), its middle half (quartiles) as a
// band, its n, and a ring with the difference on the steps where customers and the room disagree most.
// Outside a board (the canvas's dev harness) it draws nothing.

const MEASURED = '#1d4ed8';
const BAND = 'rgba(29, 78, 216, 0.13)';
const DISAGREE = '#c2410c';

export interface MeasuredCurveProps {
  readonly curve: CurveModel;
  readonly row: { readonly y: number; readonly height: number };
  /** The score → y mapping of the workshop's curve, so both share one scale. */
  readonly toY: (score: number) => number;
  readonly first: number;
  readonly last: number;
}

export const MeasuredCurveMarks = memo(function MeasuredCurveMarks(props: MeasuredCurveProps) {
  const board = useContext(BoardContext);
  if (!board) return null;
  return <MeasuredCurve session={board.docs.session} {...props} />;
});

const centre = (column: number) => columnX(column) + COLUMN_WIDTH / 2;

function MeasuredCurve({
  session,
  curve,
  row,
  toY,
  first,
  last,
}: MeasuredCurveProps & { readonly session: Y.Doc }) {
  const t = useT();
  const results = useFeedbackResults(session);
  const geometry = useMemo(() => {
    const measured = measuredByStep(results.cells);
    if (measured.size === 0) return null;
    const steps: PlacedStep[] = curve.points.map((p) => ({
      stepId: p.stepId,
      column: p.column,
      title: '',
      assumed: p.score ?? curve.ratings.get(p.stepId)?.mean ?? null,
    }));
    return { ...measuredPoints(steps, measured), disagreements: highlightedDisagreements(steps, measured) };
  }, [results, curve]);
  if (!geometry || geometry.points.length === 0) return null;
  const visible = (p: MeasuredPoint) => p.column >= first - 1 && p.column <= last + 1;
  const flagged = new Map(geometry.disagreements.map((d) => [d.stepId, d.difference]));
  return (
    <Group listening={false} name="measured-curve">
      {geometry.runs.map((run) => (
        <Band key={`band-${run[0]!.stepId}`} run={run} toY={toY} />
      ))}
      {geometry.runs
        .filter((run) => run.length > 1)
        .map((run) => (
          <Polyline
            key={`line-${run[0]!.stepId}`}
            points={run.flatMap((p) => [centre(p.column), toY(p.stats.mean)])}
            stroke={MEASURED}
            strokeWidth={2}
            dash={[6, 4]}
            perfectDrawEnabled={false}
          />
        ))}
      {geometry.points.filter(visible).map((p) => (
        <MeasuredDot
          key={p.stepId}
          point={p}
          toY={toY}
          bottom={row.y + row.height}
          difference={flagged.get(p.stepId) ?? null}
        />
      ))}
      <Text
        x={centre(Math.max(first, geometry.points[0]!.column)) - COLUMN_WIDTH / 2 + 6}
        y={row.y + 4}
        text={t('feedback.curve.legend', { min: String(MEASURED_MIN_RESPONSES) })}
        fontSize={10}
        fontFamily={THEME.font}
        fill={MEASURED}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

function Band({
  run,
  toY,
}: {
  readonly run: readonly MeasuredPoint[];
  readonly toY: (score: number) => number;
}) {
  const half = COLUMN_WIDTH / 8;
  const widened =
    run.length === 1
      ? [
          { x: centre(run[0]!.column) - half, p: run[0]! },
          { x: centre(run[0]!.column) + half, p: run[0]! },
        ]
      : run.map((p) => ({ x: centre(p.column), p }));
  const upper = widened.flatMap(({ x, p }) => [x, toY(p.stats.q3)]);
  const lower = [...widened].reverse().flatMap(({ x, p }) => [x, toY(p.stats.q1)]);
  return <Polyline points={[...upper, ...lower]} closed fill={BAND} perfectDrawEnabled={false} />;
}

function MeasuredDot({
  point,
  toY,
  bottom,
  difference,
}: {
  readonly point: MeasuredPoint;
  readonly toY: (score: number) => number;
  readonly bottom: number;
  readonly difference: number | null;
}) {
  const language = useLanguage();
  const x = centre(point.column);
  const y = toY(point.stats.mean);
  const label = `n=${point.stats.n}`;
  return (
    <Group>
      {difference !== null && (
        <>
          <Circle x={x} y={y} radius={13} stroke={DISAGREE} strokeWidth={2.5} perfectDrawEnabled={false} />
          <Rect
            x={x + 14}
            y={y - 22}
            width={58}
            height={16}
            cornerRadius={8}
            fill={DISAGREE}
            perfectDrawEnabled={false}
          />
          <Text
            x={x + 14}
            y={y - 22}
            width={58}
            height={16}
            align="center"
            verticalAlign="middle"
            text={`Δ ${difference > 0 ? '+' : '−'}${formatNumber(language, Math.abs(difference), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`}
            fontSize={10}
            fontStyle="bold"
            fill="#ffffff"
            fontFamily={THEME.font}
            perfectDrawEnabled={false}
          />
        </>
      )}
      <Rect
        x={x - 6}
        y={y - 6}
        width={12}
        height={12}
        rotation={0}
        fill={point.enough ? MEASURED : '#ffffff'}
        stroke={MEASURED}
        strokeWidth={2}
        perfectDrawEnabled={false}
      />
      <Text
        x={x - 30}
        y={Math.min(y + 10, bottom - 14)}
        width={60}
        align="center"
        text={label}
        fontSize={10}
        fontFamily={THEME.font}
        fill={MEASURED}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}
