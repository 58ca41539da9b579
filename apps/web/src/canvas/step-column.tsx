import type { Channel, Step } from '@journeyboard/journey';
import { memo, useMemo } from 'react';
import type { MessageKey } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import { useLanguage, useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import type { Rect as BoardRect } from '../state/viewport';
import type { BoardStore } from './board-store';
import { cellKey } from './board-structure';
import { CachedGroup, COLUMN_PART_NAME } from './cached-group';
import { CardMarkSlot } from './canvas-marks-slot';
import { ChannelIcon } from './channel-icon';
import {
  CARD_HEIGHT,
  CARD_TEXT_LEFT,
  CARD_WIDTH,
  cardDescriptionWidth,
  cardIconBox,
  cardTitleBox,
} from './channel-icon-layout';
import { channelIconGlyph } from './channel-icons';
import type { DetailLevel } from './culling';
import { FaceShape } from './face-shape';
import { fieldText } from './format';
import { Group, Rect, Text } from './konva';
import { TITLES_FIELD_FONT_SIZE } from './lane-summary';
import {
  addNoteOffset,
  CELL_PADDING,
  COLUMN_WIDTH,
  columnX,
  FIELD_HEIGHT,
  INFO_ROW_HEIGHT,
  noteOffset,
  placeCardOffset,
  type RowLayout,
} from './layout';
import { NoteView } from './note-view';
import { THEME } from './theme';
import { useEntity } from './use-board';

export interface StepColumnProps {
  store: BoardStore;
  stepId: string;
  index: number;
  rows: readonly RowLayout[];
  cellNotes: ReadonlyMap<string, readonly string[]>;
  channels: ReadonlyMap<string, Channel>;
  detail: DetailLevel;
  readOnly: boolean;
  /** The step being dragged is drawn on the drag layer instead. */
  dragging: boolean;
  /** Resolution of the column's bitmap cache (see column-cache). */
  pixelRatio: number;
}

const CACHE_MARGIN = 16;
/** The Konva name of each step column's group (a picture finds its columns by it). */
export const STEP_COLUMN_NAME = 'step-column';

export function TouchpointCard({
  step,
  channel,
  detail,
  x,
  y,
  opacity = 1,
}: {
  step: Step;
  channel: Channel | undefined;
  detail: DetailLevel;
  x: number;
  y: number;
  opacity?: number;
}) {
  const t = useT();
  const accent = channel?.color ?? THEME.cardBorder;
  const icon = channel?.icon ?? '';
  const hasIcon = channelIconGlyph(icon) !== null;
  return (
    <Group x={x} y={y} opacity={opacity} listening={false}>
      <Rect
        width={CARD_WIDTH}
        height={CARD_HEIGHT}
        fill={THEME.card}
        stroke={step.momentOfTruth ? THEME.danger : THEME.cardBorder}
        strokeWidth={step.momentOfTruth ? 2 : 1}
        cornerRadius={6}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      <Rect
        width={6}
        height={CARD_HEIGHT}
        fill={accent}
        cornerRadius={[6, 0, 0, 6]}
        perfectDrawEnabled={false}
      />
      {detail !== 'shapes' && (
        <Text
          {...cardTitleBox(detail)}
          text={nameOr(t, 'step', step.title)}
          fontFamily={THEME.font}
          fontSize={detail === 'full' ? 14 : 22}
          fontStyle="bold"
          fill={THEME.text}
          wrap="word"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
      {detail === 'full' && (
        <>
          <Text
            x={CARD_TEXT_LEFT}
            y={46}
            width={cardDescriptionWidth(hasIcon)}
            height={CARD_HEIGHT - 52}
            text={step.description}
            fontFamily={THEME.font}
            fontSize={12}
            fill={THEME.mutedText}
            wrap="word"
            ellipsis
            perfectDrawEnabled={false}
          />
          {/* The face of the facilitator's consensus score (the step's own score, as the curve's line). */}
          <FaceShape value={step.score} x={CARD_WIDTH - 28} y={8} size={20} />
        </>
      )}
      {hasIcon && channel && (
        <ChannelIcon
          icon={icon}
          channelId={channel.id}
          place="card"
          box={cardIconBox(detail)}
          color={THEME.mutedText}
        />
      )}
    </Group>
  );
}

function CellText({
  text,
  y,
  detail,
  color = THEME.text,
  height = FIELD_HEIGHT - 4,
}: {
  text: string;
  y: number;
  detail: DetailLevel;
  color?: string;
  /** The text's box: what does not fit ends in an ellipsis, never below the cell. */
  height?: number;
}) {
  // Zoomed out the text is drawn large (a summary: what fits of its first words); zoomed far out the
  // overview draws it (see board-overview).
  if (detail === 'shapes' || !text) return null;
  const full = detail === 'full';
  return (
    <Text
      x={CELL_PADDING}
      y={y + CELL_PADDING}
      width={COLUMN_WIDTH - 2 * CELL_PADDING}
      height={height}
      text={full ? text : text.replace(/\s+/g, ' ')}
      fontFamily={THEME.font}
      fontSize={full ? 12 : TITLES_FIELD_FONT_SIZE}
      lineHeight={full ? 1.25 : 1.05}
      fill={color}
      wrap="word"
      ellipsis
      perfectDrawEnabled={false}
    />
  );
}

function AddNoteButton({ y, count, hasField }: { y: number; count: number; hasField: boolean }) {
  return <DashedButton y={y} rect={addNoteOffset(count, hasField)} labelKey="canvas.add-note" />;
}

/** A dashed button drawn in a cell of the selected step (hit-test.ts knows where it is). */
function DashedButton({ y, rect, labelKey }: { y: number; rect: BoardRect; labelKey: MessageKey }) {
  const t = useT();
  return (
    <Group x={rect.x} y={y + rect.y}>
      <Rect
        width={rect.width}
        height={rect.height}
        stroke={THEME.button}
        dash={[4, 3]}
        cornerRadius={4}
        perfectDrawEnabled={false}
      />
      <Text
        width={rect.width}
        height={rect.height}
        text={t(labelKey)}
        align="center"
        verticalAlign="middle"
        fontFamily={THEME.font}
        fontSize={12}
        fill={THEME.button}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

/**
 * Everything of one step below the header: its card in its channel row, its lane cells and notes. Only
 * this column re-renders when the step changes; only a note re-renders when the note changes.
 */
export const StepColumn = memo(function StepColumn({
  store,
  stepId,
  index,
  rows,
  cellNotes,
  channels,
  detail,
  readOnly,
  dragging,
  pixelRatio,
}: StepColumnProps) {
  // The time row's durations and the people-and-systems cell are worded in the reader's language.
  useLanguage();
  const step = useEntity(store, 'step', stepId);
  const selected = useUiStore((state) => state.selectedStepId === stepId);
  const first = rows[0];
  const last = rows[rows.length - 1];
  // Generous margins: badges drawn by other panels may stick out of the cards and notes a little.
  const bounds = useMemo(
    () =>
      first && last
        ? {
            x: -CACHE_MARGIN,
            y: first.y - CACHE_MARGIN,
            width: COLUMN_WIDTH + 2 * CACHE_MARGIN,
            height: last.y + last.height - first.y + 2 * CACHE_MARGIN,
          }
        : undefined,
    [first, last],
  );
  if (!step) return null;
  return (
    <CachedGroup
      name={`${STEP_COLUMN_NAME} ${COLUMN_PART_NAME}`}
      x={columnX(index)}
      pixelRatio={pixelRatio}
      appearance={detail}
      bounds={bounds}
    >
      {rows.map((row) => {
        switch (row.kind) {
          case 'channel':
            if (!dragging && step.channelId !== row.channelId) {
              return selected && !readOnly && detail !== 'shapes' ? (
                <DashedButton
                  key={row.key}
                  y={row.y}
                  rect={placeCardOffset(row.height)}
                  labelKey="canvas.place-card"
                />
              ) : null;
            }
            if (dragging) return null;
            return (
              <Group key={row.key}>
                <TouchpointCard
                  step={step}
                  channel={channels.get(row.channelId)}
                  detail={detail}
                  x={CELL_PADDING}
                  y={row.y + CELL_PADDING}
                />
                <Group x={CELL_PADDING} y={row.y + CELL_PADDING} listening={false}>
                  <CardMarkSlot
                    stepId={stepId}
                    momentOfTruth={step.momentOfTruth}
                    width={CARD_WIDTH}
                    height={CARD_HEIGHT}
                    detail={detail}
                  />
                </Group>
              </Group>
            );
          case 'curve':
            return null;
          case 'time':
          case 'owner':
            return (
              <CellText
                key={row.key}
                text={fieldText(step, row.kind === 'time' ? 'durationMinutes' : 'owner')}
                y={row.y + 6}
                height={INFO_ROW_HEIGHT - 6 - CELL_PADDING - 2}
                detail={detail}
              />
            );
          case 'lane': {
            const notes = cellNotes.get(cellKey(stepId, row.laneId)) ?? [];
            const hasField = row.field !== null;
            return (
              <Group key={row.key}>
                {hasField && <CellText text={fieldText(step, row.field)} y={row.y} detail={detail} />}
                {notes.map((noteId, i) => {
                  const rect = noteOffset(i, hasField);
                  return (
                    <NoteView
                      key={noteId}
                      store={store}
                      noteId={noteId}
                      x={rect.x}
                      y={row.y + rect.y}
                      detail={detail}
                      readOnly={readOnly}
                    />
                  );
                })}
                {selected && !readOnly && detail !== 'shapes' && (
                  <AddNoteButton y={row.y} count={notes.length} hasField={hasField} />
                )}
              </Group>
            );
          }
        }
        return null;
      })}
    </CachedGroup>
  );
});
