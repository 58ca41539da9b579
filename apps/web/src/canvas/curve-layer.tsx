import type KonvaType from 'konva';
import { memo, useCallback, useMemo } from 'react';
import type { BoardStore, CurveModel } from './board-store';
import { withRevealedStats } from './board-structure';
import { CachedGroup, COLUMN_PART_NAME } from './cached-group';
import { CurveMarkSlot, useCanvasMarks } from './canvas-marks-slot';
import type { DetailLevel } from './culling';
import {
  bandOutline,
  clipSmoothPath,
  monotonePath,
  type SmoothPath,
  scoreColor,
  scoreGradientStops,
  scoreToY,
  traceSmoothPaths,
} from './emotion-curve-path';
import { FaceShape } from './face-shape';
import { CurveDots } from './far-marks-shapes';
import { Circle, Group, Shape, Text } from './konva';
import { COLUMN_PITCH, COLUMN_WIDTH, columnX, curveFooter, curvePlot, type RowLayout } from './layout';
import { Polyline } from './polyline';
import { THEME } from './theme';
import { useCurve } from './use-board';

const PADDING = 28;

interface PlottedPoint {
  stepId: string;
  column: number;
  x: number;
  y: number;
  value: number;
}

export interface CurveGeometry {
  readonly points: readonly PlottedPoint[];
  readonly path: SmoothPath | null;
  readonly meanPaths: readonly SmoothPath[];
  /** Each band's outline: its upper edge, then its lower edge backwards. */
  readonly bandPaths: readonly (readonly SmoothPath[])[];
  readonly targetY: number | null;
}

/** Plots the curve model into the curve row: the line, participants' mean and band, and the target. */
export function curveGeometry(curve: CurveModel, row: { y: number; height: number }): CurveGeometry {
  const toY = (score: number) => scoreToY(score, row.y, row.height, PADDING);
  const centre = (column: number) => columnX(column) + COLUMN_WIDTH / 2;
  const points: PlottedPoint[] = [];
  for (const point of curve.points) {
    // The solid line is the facilitator's consensus score only; what participants said is the dotted average
    // and its band (see curve-legend.ts): one line never mixes the two.
    const value = point.score;
    if (value === null || !Number.isFinite(value)) continue;
    points.push({
      stepId: point.stepId,
      column: point.column,
      x: centre(point.column),
      y: toY(value),
      value,
    });
  }
  // Participants' mean and band are drawn over runs of neighbouring rated steps, never across a gap.
  const meanPaths: SmoothPath[] = [];
  const bandPaths: SmoothPath[][] = [];
  let run: { x: number; mean: number; min: number; max: number }[] = [];
  let previousColumn = -2;
  const flush = () => {
    if (run.length > 0) {
      const mean = monotonePath(run.map((p) => ({ x: p.x, y: toY(p.mean) })));
      if (mean) meanPaths.push(mean);
      const half = COLUMN_WIDTH / 6;
      const widened =
        run.length === 1
          ? [
              { ...run[0]!, x: run[0]!.x - half },
              { ...run[0]!, x: run[0]!.x + half },
            ]
          : run;
      const band = bandOutline(
        widened.map((p) => ({ x: p.x, y: toY(p.max) })),
        widened.map((p) => ({ x: p.x, y: toY(p.min) })),
      );
      if (band) bandPaths.push(band);
    }
    run = [];
  };
  for (const point of curve.points) {
    const stats = curve.ratings.get(point.stepId);
    if (!stats || point.column !== previousColumn + 1) flush();
    if (stats) run.push({ x: centre(point.column), mean: stats.mean, min: stats.min, max: stats.max });
    previousColumn = stats ? point.column : -2;
  }
  flush();
  return {
    points,
    path: monotonePath(points),
    meanPaths,
    bandPaths,
    targetY: curve.targetScore === null ? null : toY(curve.targetScore),
  };
}

/** The emotion curve row's drawing. Listening is off: the hit-test maps clicks here to the step. */
export const CurveLayerContent = memo(function CurveLayerContent({
  store,
  row,
  boardWidth,
  first,
  last,
  detail,
  pixelRatio,
}: {
  store: BoardStore;
  row: RowLayout | undefined;
  boardWidth: number;
  first: number;
  last: number;
  detail: DetailLevel;
  /** Resolution of the points' bitmap caches (see column-cache). */
  pixelRatio: number;
}) {
  const storeCurve = useCurve(store);
  // Participants' ratings stay off the curve until the facilitator reveals them (nobody anchors).
  const { revealed, published } = useCanvasMarks().useCurveRatings();
  const curve = useMemo(
    () =>
      revealed
        ? { ...storeCurve, ratings: withRevealedStats(storeCurve.ratings, published) }
        : { ...storeCurve, ratings: new Map() },
    [storeCurve, revealed, published],
  );
  // The scores are plotted in the row's top; marks may draw figures per step in the footer under it.
  const plot = useMemo(() => (row ? curvePlot(row) : null), [row]);
  const footer = useMemo(() => (row ? curveFooter(row) : null), [row]);
  const geometry = useMemo(() => (plot ? curveGeometry(curve, plot) : null), [curve, plot]);
  // Only the stretch of the curve in the culled range is stroked: the whole journey's path is tens of
  // thousands of pixels long at 100 %, and a pan redraws this layer on every frame.
  const path = useMemo(
    () =>
      clipSmoothPath(geometry?.path ?? null, columnX(first) - COLUMN_PITCH, columnX(last + 1) + COLUMN_PITCH),
    [geometry, first, last],
  );
  const toY = useCallback(
    (score: number) => scoreToY(score, plot?.y ?? 0, plot?.height ?? 0, PADDING),
    [plot],
  );
  if (!plot || !geometry) return null;
  const gradientTop = plot.y + PADDING;
  const gradientBottom = plot.y + plot.height - PADDING;
  const visible = geometry.points.filter((point) => point.column >= first && point.column <= last);
  return (
    <Group listening={false}>
      {geometry.bandPaths.map((outline) => (
        <SmoothShape
          key={`band-${outline[0]!.start.x}`}
          paths={outline}
          closed
          fill={THEME.band}
          perfectDrawEnabled={false}
        />
      ))}
      {geometry.meanPaths.map((path) => (
        <SmoothShape
          key={`mean-${path.start.x}`}
          paths={[path]}
          stroke={THEME.mean}
          strokeWidth={1.5}
          dash={[2, 4]}
        />
      ))}
      {geometry.targetY !== null && (
        <Polyline
          points={[0, geometry.targetY, boardWidth, geometry.targetY]}
          stroke={THEME.target}
          strokeWidth={1.5}
          dash={[8, 6]}
          perfectDrawEnabled={false}
        />
      )}
      <CurveMarkSlot
        curve={curve}
        row={plot}
        footer={footer}
        toY={toY}
        first={first}
        last={last}
        detail={detail}
      />
      {path && (
        <SmoothShape
          paths={[path]}
          strokeWidth={3}
          lineCap="round"
          lineJoin="round"
          strokeLinearGradientStartPoint={{ x: 0, y: gradientTop }}
          strokeLinearGradientEndPoint={{ x: 0, y: gradientBottom }}
          strokeLinearGradientColorStops={scoreGradientStops()}
        />
      )}
      {detail === 'shapes' && <CurveDots points={visible} />}
      {detail !== 'shapes' &&
        visible.map((point) => (
          <CurvePoint
            key={point.stepId}
            x={point.x}
            y={point.y}
            value={point.value}
            detail={detail}
            pixelRatio={pixelRatio}
          />
        ))}
    </Group>
  );
});

// Around the dot, the face above it and the score to its right.
const POINT_BOUNDS = { x: -16, y: -40, width: 64, height: 52 };

/** A step's point and its face: cached as a bitmap, since the face's curves are costly at every zoom. */
const CurvePoint = memo(function CurvePoint({
  x,
  y,
  value,
  detail,
  pixelRatio,
}: {
  x: number;
  y: number;
  value: number;
  detail: DetailLevel;
  pixelRatio: number;
}) {
  return (
    <CachedGroup
      name={COLUMN_PART_NAME}
      x={x}
      y={y}
      cached={detail !== 'shapes'}
      pixelRatio={pixelRatio}
      appearance={detail}
      bounds={POINT_BOUNDS}
    >
      <Circle
        radius={7}
        fill={scoreColor(value)}
        stroke="#ffffff"
        strokeWidth={2}
        perfectDrawEnabled={false}
      />
      {detail !== 'shapes' && <FaceShape value={value} x={-10} y={-32} size={20} />}
      {detail === 'full' && (
        <Text
          x={10}
          y={-6}
          text={String(Math.round(value * 10) / 10)}
          fontSize={11}
          fontFamily={THEME.font}
          fill={THEME.mutedText}
          perfectDrawEnabled={false}
        />
      )}
    </CachedGroup>
  );
});

/**
 * Smooth curves drawn straight onto the context from their Bézier segments: Konva's Path shape would parse
 * SVG path data back into the same segments, and its code (path parsing, arc maths) is not needed.
 */
function SmoothShape({
  paths,
  closed = false,
  ...style
}: { readonly paths: readonly SmoothPath[]; readonly closed?: boolean } & KonvaType.ShapeConfig) {
  const sceneFunc = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      context.beginPath();
      traceSmoothPaths(context, paths, closed);
      context.fillStrokeShape(shape);
    },
    [paths, closed],
  );
  return <Shape {...style} sceneFunc={sceneFunc} />;
}
