import type { Channel, Lane } from '@journeyboard/journey';
import { memo } from 'react';
import type { Translate } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
import { CachedGroup } from './cached-group';
import { ChannelIcon } from './channel-icon';
import { HEADER_SHAPES_FONT_SIZE, rowHeaderParts } from './channel-icon-layout';
import { channelIconGlyph } from './channel-icons';
import type { DetailLevel } from './culling';
import { CurveLegendShape } from './curve-legend-shape';
import { scoreToY } from './emotion-curve-path';
import { Group, Rect, Text } from './konva';
import { curvePlot, ROW_HEADER_WIDTH, type RowLayout, TOP_HEIGHT } from './layout';
import { measureLine } from './measure-text';
import { THEME } from './theme';
import { wordFitFontSize } from './word-fit';

// The pinned left band: each row's title (a channel's with its icon and colour) and the corner over both bands.

const measureBold = (text: string, fontSize: number) => measureLine(text, fontSize, true);

function rowTitle(
  t: Translate,
  row: RowLayout,
  channels: ReadonlyMap<string, Channel>,
  lanes: ReadonlyMap<string, Lane>,
): string {
  switch (row.kind) {
    case 'channel':
      return nameOr(t, 'channel', channels.get(row.channelId)?.name ?? '');
    case 'curve':
      return t('canvas.row.emotion');
    case 'time':
      return t('canvas.row.time');
    case 'owner':
      return t('canvas.row.owner');
    case 'lane':
      return nameOr(t, 'lane', lanes.get(row.laneId)?.title ?? '');
  }
}

function RowHeaderContent({
  row,
  channels,
  lanes,
  detail,
}: {
  row: RowLayout;
  channels: ReadonlyMap<string, Channel>;
  lanes: ReadonlyMap<string, Lane>;
  detail: DetailLevel;
}) {
  const t = useT();
  const channel = row.kind === 'channel' ? channels.get(row.channelId) : undefined;
  const icon = channel?.icon ?? '';
  const parts = rowHeaderParts(row.height, detail, channelIconGlyph(icon) !== null);
  const title = rowTitle(t, row, channels, lanes);
  const titleSize = detail === 'full' ? 13 : detail === 'titles' ? 22 : HEADER_SHAPES_FONT_SIZE;
  return (
    <>
      {parts.icon && channel && (
        <ChannelIcon
          icon={icon}
          channelId={channel.id}
          place="header"
          box={parts.icon}
          color={THEME.headerText}
        />
      )}
      {parts.title && (
        <Text
          x={parts.title.x}
          y={parts.title.y}
          width={parts.title.width}
          height={parts.title.height}
          text={title}
          fontFamily={THEME.font}
          fontSize={wordFitFontSize(title, parts.title.width, titleSize, titleSize * 0.7, measureBold)}
          fontStyle="bold"
          fill={THEME.headerText}
          wrap="word"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
    </>
  );
}

/** Row titles (with each channel's icon), pinned to the left edge. */
export const RowHeaders = memo(function RowHeaders({
  rows,
  height,
  channels,
  lanes,
  detail,
  pixelRatio,
}: {
  rows: readonly RowLayout[];
  height: number;
  channels: ReadonlyMap<string, Channel>;
  lanes: ReadonlyMap<string, Lane>;
  detail: DetailLevel;
  pixelRatio: number;
}) {
  return (
    <CachedGroup
      pixelRatio={pixelRatio}
      appearance={detail}
      bounds={{ x: 0, y: 0, width: ROW_HEADER_WIDTH + 1, height: height + 1 }}
    >
      <Rect x={0} y={0} width={ROW_HEADER_WIDTH} height={height} fill={THEME.headerBackground} />
      {rows.map((row) => (
        <Group key={row.key} y={row.y}>
          <Rect
            x={0}
            y={0}
            width={ROW_HEADER_WIDTH}
            height={row.height}
            stroke={THEME.gridLine}
            strokeWidth={1}
            perfectDrawEnabled={false}
          />
          {row.kind === 'channel' && (
            <Rect
              x={8}
              y={12}
              width={6}
              height={row.height - 24}
              fill={channels.get(row.channelId)?.color ?? '#94a3b8'}
            />
          )}
          <RowHeaderContent row={row} channels={channels} lanes={lanes} detail={detail} />
          {row.kind === 'curve' && detail === 'full' && curvePlot(row).height >= 130 && (
            <CurveLegendShape x={12} y={44} />
          )}
          {row.kind === 'curve' &&
            detail === 'full' &&
            [10, 5, 1].map((score) => (
              <Text
                key={score}
                x={ROW_HEADER_WIDTH - 24}
                y={scoreToY(score, 0, curvePlot(row).height, 28) - 6}
                text={String(score)}
                fontSize={11}
                fontFamily={THEME.font}
                fill={THEME.mutedText}
              />
            ))}
        </Group>
      ))}
    </CachedGroup>
  );
});

/** The top-left corner over both pinned bands. */
export const Corner = memo(function Corner({ pixelRatio }: { pixelRatio: number }) {
  const t = useT();
  return (
    <CachedGroup
      pixelRatio={pixelRatio}
      bounds={{ x: 0, y: 0, width: ROW_HEADER_WIDTH + 1, height: TOP_HEIGHT + 1 }}
    >
      <Rect x={0} y={0} width={ROW_HEADER_WIDTH} height={TOP_HEIGHT} fill={THEME.headerBackground} />
      <Text
        x={12}
        y={8}
        width={ROW_HEADER_WIDTH - 24}
        height={TOP_HEIGHT - 16}
        text={t('canvas.corner')}
        verticalAlign="middle"
        fontFamily={THEME.font}
        fontSize={13}
        fontStyle="bold"
        fill={THEME.headerText}
        wrap="word"
        ellipsis
      />
    </CachedGroup>
  );
});
