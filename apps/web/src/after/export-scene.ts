import { type BoardSnapshot, journeySteps } from '@journeyboard/journey';
import { buildStructure } from '../canvas/board-structure';
import { scoreColor, scoreToY } from '../canvas/emotion-curve-path';
import { fieldText, formatDuration } from '../canvas/format';
import '../canvas/konva';
import { Group } from 'konva/lib/Group';
import { Layer } from 'konva/lib/Layer';
import { Stage } from 'konva/lib/Stage';
import { Circle } from 'konva/lib/shapes/Circle';
import { Line } from 'konva/lib/shapes/Line';
import { Rect } from 'konva/lib/shapes/Rect';
import { Text, type TextConfig } from 'konva/lib/shapes/Text';
import {
  type BoardLayout,
  CELL_PADDING,
  CHANNEL_ROW_HEIGHT,
  COLUMN_WIDTH,
  computeLayout,
  FIELD_HEIGHT,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteOffset,
  ROW_HEADER_WIDTH,
  STAGE_BAND_HEIGHT,
  TOP_HEIGHT,
} from '../canvas/layout';
import { THEME } from '../canvas/theme';
import { FACE_BOX, faceGeometry, moodOf } from '../look/faces';
import { type ProgressListener, yieldToBrowser } from './yield';

// The board drawn for export: the same geometry as the live canvas (its layout functions), built
// imperatively in an off-screen Konva stage, everything drawn (no culling, no viewport), column by column
// with a yield between chunks so a large board never freezes the page.

export interface ExportScene {
  readonly stage: Stage;
  readonly layout: BoardLayout;
  /** One group per column with its horizontal extent, so a tile can hide the columns it does not show. */
  readonly columns: readonly { group: Group; x: number; width: number }[];
  destroy(): void;
}

const COLUMNS_PER_CHUNK = 8;

export function exportLayout(board: BoardSnapshot, journeyId: string | null): BoardLayout {
  return computeLayout(buildStructure({ ...board, journeyId }).layoutInput);
}

function text(config: TextConfig): Text {
  return new Text({
    fontFamily: THEME.font,
    fill: THEME.text,
    listening: false,
    ellipsis: true,
    wrap: 'word',
    ...config,
  });
}

export async function buildExportScene(
  board: BoardSnapshot,
  journeyId: string | null,
  onProgress: ProgressListener = () => {},
): Promise<ExportScene> {
  const structure = buildStructure({ ...board, journeyId });
  const layout = computeLayout(structure.layoutInput);
  const container = document.createElement('div');
  const stage = new Stage({ container, width: layout.width, height: layout.height, listening: false });
  const layer = new Layer({ listening: false });
  stage.add(layer);
  layer.add(new Rect({ width: layout.width, height: layout.height, fill: THEME.background }));

  const stepById = new Map(board.steps.map((s) => [s.id, s]));
  const channelById = new Map(board.channels.map((c) => [c.id, c]));
  const laneById = new Map(board.lanes.map((l) => [l.id, l]));
  const noteById = new Map(board.notes.map((n) => [n.id, n]));
  const opportunitiesByStep = new Map<string, number>();
  const noteStep = new Map(board.notes.map((n) => [n.id, n.stepId]));
  for (const o of board.opportunities) {
    const steps = new Set([
      ...o.stepIds,
      ...o.noteIds.map((id) => noteStep.get(id)).filter((id): id is string => !!id),
    ]);
    for (const id of steps) opportunitiesByStep.set(id, (opportunitiesByStep.get(id) ?? 0) + 1);
  }

  // Row backgrounds and headers.
  layout.rows.forEach((row, i) => {
    const fill = row.kind === 'curve' ? THEME.curveRow : i % 2 ? THEME.rowOdd : THEME.rowEven;
    layer.add(new Rect({ y: row.y, width: layout.width, height: row.height, fill }));
    layer.add(
      new Rect({ y: row.y, width: ROW_HEADER_WIDTH, height: row.height, fill: THEME.headerBackground }),
    );
    let label = '';
    if (row.kind === 'channel') label = channelById.get(row.channelId)?.name ?? '';
    else if (row.kind === 'curve') label = 'Emotion curve';
    else if (row.kind === 'time') label = 'Time';
    else if (row.kind === 'owner') label = 'Owner';
    else label = laneById.get(row.laneId)?.title ?? '';
    if (row.kind === 'channel') {
      const color = channelById.get(row.channelId)?.color ?? THEME.cardBorder;
      layer.add(new Rect({ x: 0, y: row.y, width: 6, height: row.height, fill: color }));
    }
    layer.add(
      text({
        x: 14,
        y: row.y + 10,
        width: ROW_HEADER_WIDTH - 24,
        height: row.height - 20,
        text: label,
        fontSize: 14,
        fontStyle: 'bold',
        fill: THEME.headerText,
      }),
    );
  });
  layer.add(new Rect({ width: layout.width, height: TOP_HEIGHT, fill: THEME.headerBackground }));
  for (const span of layout.stageSpans) {
    layer.add(
      new Rect({
        x: span.x,
        y: 4,
        width: span.width,
        height: STAGE_BAND_HEIGHT - 8,
        fill: THEME.stageFill,
        cornerRadius: 6,
      }),
    );
    layer.add(
      text({
        x: span.x + 10,
        y: 14,
        width: span.width - 20,
        height: 18,
        text: structure.stages.get(span.stageId)?.title ?? '',
        fontSize: 14,
        fontStyle: 'bold',
        fill: THEME.stageText,
        wrap: 'none',
      }),
    );
  }

  const curveRow = layout.rows.find((r) => r.kind === 'curve');
  const curveLine = new Line({ points: [], stroke: THEME.target, strokeWidth: 3, lineJoin: 'round' });
  layer.add(curveLine);
  const columns: { group: Group; x: number; width: number }[] = [];
  const curvePoints: number[] = [];
  const total = layout.columns.length;
  for (let start = 0; start < total; start += COLUMNS_PER_CHUNK) {
    for (const column of layout.columns.slice(start, start + COLUMNS_PER_CHUNK)) {
      const group = new Group({ x: column.x, listening: false });
      columns.push({ group, x: column.x, width: COLUMN_WIDTH });
      layer.add(group);
      const step = column.stepId ? stepById.get(column.stepId) : undefined;
      group.add(
        new Rect({
          y: STAGE_BAND_HEIGHT + 4,
          width: COLUMN_WIDTH,
          height: TOP_HEIGHT - STAGE_BAND_HEIGHT - 8,
          fill: THEME.stepHeaderFill,
          stroke: step?.momentOfTruth ? THEME.danger : THEME.cardBorder,
          strokeWidth: step?.momentOfTruth ? 2 : 1,
          cornerRadius: 4,
        }),
      );
      group.add(
        text({
          x: 8,
          y: STAGE_BAND_HEIGHT + 12,
          width: COLUMN_WIDTH - 16,
          height: 18,
          text: step ? `${step.momentOfTruth ? '★ ' : ''}${step.title || 'Untitled step'}` : '(empty stage)',
          fontSize: 13,
          fontStyle: 'bold',
          wrap: 'none',
        }),
      );
      if (!step) continue;
      for (const row of layout.rows) {
        if (row.kind === 'channel' && row.channelId === step.channelId) {
          const channel = channelById.get(row.channelId);
          const h = CHANNEL_ROW_HEIGHT - 2 * CELL_PADDING;
          const card = new Group({ x: CELL_PADDING, y: row.y + CELL_PADDING });
          card.add(
            new Rect({
              width: COLUMN_WIDTH - 2 * CELL_PADDING,
              height: h,
              fill: THEME.card,
              stroke: step.momentOfTruth ? THEME.danger : THEME.cardBorder,
              strokeWidth: step.momentOfTruth ? 2 : 1,
              cornerRadius: 6,
            }),
          );
          card.add(
            new Rect({
              width: 6,
              height: h,
              fill: channel?.color ?? THEME.cardBorder,
              cornerRadius: [6, 0, 0, 6],
            }),
          );
          card.add(
            text({
              x: 14,
              y: 8,
              width: COLUMN_WIDTH - 2 * CELL_PADDING - 44,
              height: 54,
              text: step.title,
              fontSize: 13,
            }),
          );
          const face = faceNode(step.score, COLUMN_WIDTH - 2 * CELL_PADDING - 28, 6, 20);
          if (face) card.add(face);
          const badges = [
            step.momentOfTruth ? '★ Moment of truth' : '',
            opportunitiesByStep.get(step.id) ? `Opportunities: ${opportunitiesByStep.get(step.id)}` : '',
          ]
            .filter(Boolean)
            .join('   ');
          if (badges)
            card.add(
              text({
                x: 14,
                y: h - 22,
                width: COLUMN_WIDTH - 40,
                text: badges,
                fontSize: 11,
                fill: THEME.danger,
                wrap: 'none',
              }),
            );
          group.add(card);
        } else if (row.kind === 'time' || row.kind === 'owner') {
          const value = row.kind === 'time' ? formatDuration(step.durationMinutes) : step.owner;
          group.add(
            text({
              x: CELL_PADDING,
              y: row.y + 14,
              width: COLUMN_WIDTH - 2 * CELL_PADDING,
              text: value,
              fontSize: 12,
              fill: THEME.mutedText,
              wrap: 'none',
            }),
          );
        } else if (row.kind === 'lane') {
          if (row.field) {
            group.add(
              text({
                x: CELL_PADDING,
                y: row.y + CELL_PADDING,
                width: COLUMN_WIDTH - 2 * CELL_PADDING,
                height: FIELD_HEIGHT - 4,
                text: fieldText(step, row.field),
                fontSize: 12,
              }),
            );
          }
          const ids = structure.cellNotes.get(`${step.id}\u0000${row.laneId}`) ?? [];
          ids.forEach((id, index) => {
            const note = noteById.get(id);
            if (!note) return;
            const at = noteOffset(index, row.field !== null);
            group.add(
              new Rect({
                x: at.x,
                y: row.y + at.y,
                width: NOTE_WIDTH,
                height: NOTE_HEIGHT,
                fill: note.color,
                cornerRadius: 3,
                stroke: 'rgba(15,23,42,0.15)',
                strokeWidth: 1,
              }),
            );
            group.add(
              text({
                x: at.x + 5,
                y: row.y + at.y + 5,
                width: NOTE_WIDTH - 10,
                height: NOTE_HEIGHT - 10,
                text: note.text,
                fontSize: 11,
              }),
            );
          });
        }
      }
      const value = step.score ?? meanRating(board, step.id);
      if (curveRow && value !== null) {
        const x = column.x + COLUMN_WIDTH / 2;
        const y = scoreToY(value, curveRow.y, curveRow.height);
        curvePoints.push(x, y);
        layer.add(
          new Circle({ x, y, radius: 7, fill: scoreColor(value), stroke: '#ffffff', strokeWidth: 2 }),
        );
        layer.add(
          text({
            x: x - 20,
            y: y - 26,
            width: 40,
            text: Number.isInteger(value) ? String(value) : value.toFixed(1),
            fontSize: 12,
            align: 'center',
            fontStyle: 'bold',
            wrap: 'none',
          }),
        );
      }
    }
    onProgress(Math.min(1, (start + COLUMNS_PER_CHUNK) / Math.max(1, total)), 'Drawing the board');
    await yieldToBrowser();
  }
  curveLine.points(curvePoints);
  onProgress(1, 'Drawing the board');
  return {
    stage,
    layout,
    columns,
    destroy() {
      stage.destroy();
    },
  };
}

function meanRating(board: BoardSnapshot, stepId: string): number | null {
  const scores = board.ratings.filter((r) => r.stepId === stepId).map((r) => r.score);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

/** The journey exported by default: the first current-state journey. */
export function defaultExportJourney(board: BoardSnapshot): string | null {
  return (board.journeys.find((j) => j.kind === 'current') ?? board.journeys[0])?.id ?? null;
}

export function journeyStepCount(board: BoardSnapshot, journeyId: string): number {
  return journeySteps(board, journeyId).length;
}

/** The face of a consensus score (the app's own face shapes, as on the canvas), or null for no score. */
function faceNode(value: number | null, x: number, y: number, size: number): Group | null {
  const mood = moodOf(value);
  if (!mood) return null;
  const face = faceGeometry(mood);
  const scale = size / FACE_BOX;
  const group = new Group({ x, y, scaleX: scale, scaleY: scale });
  group.add(
    new Circle({
      x: face.head.cx,
      y: face.head.cy,
      radius: face.head.r,
      fill: mood.fill,
      stroke: mood.ink,
      strokeWidth: 1.4,
    }),
  );
  for (const eye of face.eyes) group.add(new Circle({ x: eye.cx, y: eye.cy, radius: eye.r, fill: mood.ink }));
  for (const brow of face.brows)
    group.add(
      new Line({
        points: [brow.from.x, brow.from.y, brow.to.x, brow.to.y],
        stroke: mood.ink,
        strokeWidth: 1.4,
        lineCap: 'round',
      }),
    );
  const { from, control, to, closed } = face.mouth;
  // The mouth is a quadratic curve: the Line's points give its bounds, its scene function draws the curve.
  group.add(
    new Line({
      points: [from.x, from.y, control.x, control.y, to.x, to.y],
      stroke: mood.ink,
      strokeWidth: 1.6,
      lineCap: 'round',
      closed,
      fill: closed ? mood.ink : undefined,
      sceneFunc: (context, shape) => {
        context.beginPath();
        context.moveTo(from.x, from.y);
        context.quadraticCurveTo(control.x, control.y, to.x, to.y);
        if (closed) context.closePath();
        context.fillStrokeShape(shape);
      },
    }),
  );
  return group;
}
