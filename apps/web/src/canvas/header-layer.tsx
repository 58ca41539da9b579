import type { Stage } from '@journeyboard/journey';
import { memo, useMemo } from 'react';
import { stepNumber } from '../board/step-numbers';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
import { CachedGroup, COLUMN_PART_NAME } from './cached-group';
import type { DetailLevel } from './culling';
import { HeaderBoxes } from './far-marks-shapes';
import { Circle, Group, Rect, Text } from './konva';
import {
  addStepButtonCentre,
  type BoardLayout,
  BUTTON_RADIUS,
  COLUMN_WIDTH,
  columnX,
  deleteStepButtonRect,
  STAGE_BAND_HEIGHT,
  STEP_HEADER_HEIGHT,
  TOP_HEIGHT,
} from './layout';
import { THEME } from './theme';
import { useEntity } from './use-board';

/** A header's title: one bold line, vertically centred in its box, cut with an ellipsis. */
const BOLD_LINE = {
  verticalAlign: 'middle',
  fontFamily: THEME.font,
  fontStyle: 'bold',
  wrap: 'none',
  ellipsis: true,
  perfectDrawEnabled: false,
} as const;

const StepHeader = memo(function StepHeader({
  store,
  stepId,
  index,
  number,
  detail,
  readOnly,
  pixelRatio,
}: {
  store: BoardStore;
  stepId: string;
  /** The column's place on the board (empty stages have a column too). */
  index: number;
  /** The step's number in the journey (step-numbers.ts), as the outline and the announcements say it. */
  number: number;
  detail: DetailLevel;
  readOnly: boolean;
  pixelRatio: number;
}) {
  const t = useT();
  const step = useEntity(store, 'step', stepId);
  const selected = useUiStore((state) => state.selectedStepId === stepId);
  const remove = deleteStepButtonRect(index);
  return (
    <CachedGroup
      name={COLUMN_PART_NAME}
      cached={detail !== 'shapes'}
      pixelRatio={pixelRatio}
      appearance={detail}
      bounds={{
        x: columnX(index) - 2,
        y: STAGE_BAND_HEIGHT + 2,
        width: COLUMN_WIDTH + 4,
        height: STEP_HEADER_HEIGHT - 4,
      }}
    >
      <Rect
        x={columnX(index)}
        y={STAGE_BAND_HEIGHT + 4}
        width={COLUMN_WIDTH}
        height={STEP_HEADER_HEIGHT - 8}
        fill={selected ? '#dbeafe' : THEME.stepHeaderFill}
        stroke={selected ? THEME.selection : THEME.gridLine}
        strokeWidth={selected ? 2 : 1}
        cornerRadius={4}
        perfectDrawEnabled={false}
      />
      {detail !== 'shapes' && (
        <Text
          x={columnX(index) + 10}
          y={STAGE_BAND_HEIGHT + 4}
          width={COLUMN_WIDTH - (selected && !readOnly ? 44 : 20)}
          height={STEP_HEADER_HEIGHT - 8}
          text={t('canvas.step-header', { number, step: nameOr(t, 'step', step?.title ?? '') })}
          fontSize={detail === 'full' ? 13 : 22}
          fill={THEME.text}
          {...BOLD_LINE}
        />
      )}
      {selected && !readOnly && (
        <Group x={remove.x} y={remove.y}>
          <Rect width={remove.width} height={remove.height} fill={THEME.danger} cornerRadius={10} />
          <Text
            width={remove.width}
            height={remove.height}
            text="×"
            align="center"
            verticalAlign="middle"
            fontSize={15}
            fontStyle="bold"
            fill={THEME.buttonText}
          />
        </Group>
      )}
    </CachedGroup>
  );
});

const BUTTON_BOUNDS = {
  x: -BUTTON_RADIUS - 1,
  y: -BUTTON_RADIUS - 1,
  width: 2 * BUTTON_RADIUS + 2,
  height: 2 * BUTTON_RADIUS + 2,
};

const AddStepButton = memo(function AddStepButton({
  gap,
  count,
  pixelRatio,
}: {
  gap: number;
  count: number;
  pixelRatio: number;
}) {
  const centre = addStepButtonCentre(gap, count);
  return (
    <CachedGroup x={centre.x} y={centre.y} pixelRatio={pixelRatio} bounds={BUTTON_BOUNDS}>
      <Circle radius={BUTTON_RADIUS} fill={THEME.button} perfectDrawEnabled={false} />
      <Text
        x={-BUTTON_RADIUS}
        y={-BUTTON_RADIUS}
        width={2 * BUTTON_RADIUS}
        height={2 * BUTTON_RADIUS}
        text="+"
        align="center"
        verticalAlign="middle"
        fontSize={16}
        fontStyle="bold"
        fill={THEME.buttonText}
      />
    </CachedGroup>
  );
});

/** The widest stage title drawn: a bitmap of a stage spanning dozens of steps would be huge. */
const MAX_STAGE_TITLE_WIDTH = 1200;

/** The top band: stages over their steps and one handle per step column, pinned to the top edge. */
export const TopBand = memo(function TopBand({
  store,
  layout,
  stages,
  first,
  last,
  detail,
  readOnly,
  canAddSteps,
  pixelRatio,
}: {
  store: BoardStore;
  layout: BoardLayout;
  stages: ReadonlyMap<string, Stage>;
  first: number;
  last: number;
  detail: DetailLevel;
  readOnly: boolean;
  canAddSteps: boolean;
  pixelRatio: number;
}) {
  const t = useT();
  const count = layout.columns.length;
  // Zoomed far out, the headers are plain boxes drawn as one shape; only the selected one is drawn alone
  // (highlighted, with its delete button).
  const far = detail === 'shapes';
  const selectedStepId = useUiStore((state) => (far ? state.selectedStepId : null));
  const spans = layout.stageSpans.filter((span) => span.lastIndex >= first && span.firstIndex <= last);
  const columns = layout.columns.slice(first, last + 1);
  const stepIds = useMemo(
    () => layout.columns.flatMap((column) => (column.stepId === null ? [] : [column.stepId])),
    [layout.columns],
  );
  const gaps: number[] = [];
  if (!readOnly && canAddSteps && detail !== 'shapes') {
    for (let gap = first; gap <= Math.min(last + 1, count); gap++) gaps.push(gap);
    if (count === 0) gaps.push(0);
  }
  return (
    <>
      {/* Opaque over the board's width, so content scrolled under the pinned band is hidden. */}
      <Rect x={0} y={0} width={layout.width} height={TOP_HEIGHT} fill={THEME.headerBackground} />
      {spans.map((span) => (
        <Group key={span.stageId}>
          <Rect
            x={span.x}
            y={4}
            width={span.width}
            height={STAGE_BAND_HEIGHT - 6}
            fill={THEME.stageFill}
            cornerRadius={4}
            perfectDrawEnabled={false}
          />
          {detail !== 'shapes' && (
            <StageTitle
              x={span.x + 10}
              width={Math.min(MAX_STAGE_TITLE_WIDTH, Math.max(0, span.width - 20))}
              title={nameOr(t, 'stage', stages.get(span.stageId)?.title ?? '')}
              detail={detail}
              pixelRatio={pixelRatio}
            />
          )}
        </Group>
      ))}
      {far && <HeaderBoxes layout={layout} first={first} last={last} />}
      {columns.map((column) =>
        far && column.stepId !== selectedStepId ? null : column.stepId === null ? (
          <Text
            key={`empty-${column.stageId}`}
            x={column.x}
            y={STAGE_BAND_HEIGHT + 4}
            width={COLUMN_WIDTH}
            height={STEP_HEADER_HEIGHT - 8}
            align="center"
            verticalAlign="middle"
            text={t(readOnly ? 'canvas.stage-empty' : 'canvas.stage-add-first')}
            fontFamily={THEME.font}
            fontSize={13}
            fill={readOnly ? THEME.mutedText : THEME.button}
          />
        ) : (
          <StepHeader
            key={column.stepId}
            store={store}
            stepId={column.stepId}
            index={column.index}
            number={stepNumber(stepIds, column.stepId)}
            detail={detail}
            readOnly={readOnly}
            pixelRatio={pixelRatio}
          />
        ),
      )}
      {gaps.map((gap) => (
        <AddStepButton key={`add-${gap}`} gap={gap} count={count} pixelRatio={pixelRatio} />
      ))}
    </>
  );
});

const StageTitle = memo(function StageTitle({
  x,
  width,
  title,
  detail,
  pixelRatio,
}: {
  x: number;
  width: number;
  title: string;
  detail: DetailLevel;
  pixelRatio: number;
}) {
  return (
    <CachedGroup
      x={x}
      y={4}
      pixelRatio={pixelRatio}
      appearance={detail}
      bounds={{ x: 0, y: 0, width: width + 1, height: STAGE_BAND_HEIGHT - 6 }}
    >
      <Text
        width={width}
        height={STAGE_BAND_HEIGHT - 6}
        text={title}
        fontSize={detail === 'full' ? 14 : 24}
        fill={THEME.stageText}
        {...BOLD_LINE}
      />
    </CachedGroup>
  );
});
