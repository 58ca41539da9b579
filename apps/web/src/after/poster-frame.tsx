import type { ReactNode } from 'react';
import { noteFill } from '../canvas/board-overview';
import { scoreGradientStops } from '../canvas/emotion-curve-path';
import { Group, Rect, Text } from '../canvas/konva';
import { Polyline as Line } from '../canvas/polyline';
import { THEME } from '../canvas/theme';
import type { Translate } from '../i18n/i18n';
import { PosterEvidence } from './poster-evidence-frame';
import {
  LEGEND_FONT_SIZE,
  LEGEND_LABEL_GAP,
  LEGEND_SYMBOL_SIZE,
  type LegendItem,
  type PosterLayout,
} from './poster-layout';
import { PosterTextLine } from './poster-text-line';
import type { PosterThumbs } from './poster-thumbs';

// The poster's frame, drawn with Konva around the board the canvas's components draw: header above,
// legend below (see poster-layout for where everything goes).

function LegendSymbolShape({ item }: { item: LegendItem }) {
  const size = LEGEND_SYMBOL_SIZE;
  const middle = size / 2;
  switch (item.symbol.kind) {
    case 'swatch':
      return <Rect width={size} height={size} fill={item.symbol.color} cornerRadius={3} />;
    case 'scale':
      return (
        <Group>
          <Rect
            width={item.symbolWidth}
            height={size}
            cornerRadius={3}
            fillLinearGradientStartPoint={{ x: item.symbolWidth, y: 0 }}
            fillLinearGradientEndPoint={{ x: 0, y: 0 }}
            fillLinearGradientColorStops={scoreGradientStops()}
          />
          <Text x={4} y={4} text="1" fontSize={13} fontStyle="bold" fill="#ffffff" fontFamily={THEME.font} />
          <Text
            x={item.symbolWidth - 22}
            y={4}
            text="10"
            fontSize={13}
            fontStyle="bold"
            fill="#ffffff"
            fontFamily={THEME.font}
          />
        </Group>
      );
    case 'curve':
      return (
        <Line
          points={[0, size - 4, item.symbolWidth / 2, 4, item.symbolWidth, middle]}
          stroke={THEME.target}
          strokeWidth={3}
          lineJoin="round"
          lineCap="round"
          perfectDrawEnabled={false}
        />
      );
    case 'mean':
      return (
        <Group>
          <Rect y={4} width={item.symbolWidth} height={size - 8} fill={THEME.band} />
          <Line
            points={[0, middle, item.symbolWidth, middle]}
            stroke={THEME.mean}
            strokeWidth={1.5}
            dash={[2, 4]}
          />
        </Group>
      );
    case 'target':
      return (
        <Line
          points={[0, middle, item.symbolWidth, middle]}
          stroke={THEME.target}
          strokeWidth={1.5}
          dash={[8, 6]}
        />
      );
    case 'moment':
      return (
        <Rect
          width={item.symbolWidth}
          height={size}
          fill={THEME.card}
          stroke={THEME.danger}
          strokeWidth={2}
          cornerRadius={4}
        />
      );
    case 'note':
      return <Rect width={size} height={size} fill={noteFill('')} cornerRadius={3} />;
  }
}

const NO_THUMBS: PosterThumbs = new Map();

/** The poster: header, the board (`children`, drawn at board coordinates), its evidence and the legend. */
export function PosterFrame({
  layout,
  children,
  thumbs = NO_THUMBS,
  t,
}: {
  layout: PosterLayout;
  children: ReactNode;
  /** The evidence thumbnails fetched for the poster (a missing one is drawn as a placeholder). */
  thumbs?: PosterThumbs;
  /** The board's language (the evidence section's words). */
  t: Translate;
}) {
  const inner = layout.width - 2 * layout.margin;
  return (
    <Group listening={false}>
      <Rect width={layout.width} height={layout.height} fill="#ffffff" />
      <Rect width={layout.width} height={layout.margin + layout.header.height} fill={THEME.stageFill} />
      {layout.header.lines.map((line, i) => (
        <PosterTextLine
          key={line.y}
          line={line}
          x={layout.margin}
          width={inner}
          fill={i === 0 ? THEME.stageText : '#cbd5e1'}
        />
      ))}
      <Group x={layout.board.x} y={layout.board.y}>
        {children}
      </Group>
      {layout.evidence ? (
        <PosterEvidence section={layout.evidence} left={layout.margin} width={inner} thumbs={thumbs} t={t} />
      ) : null}
      <PosterTextLine line={layout.legend.title} x={layout.margin} width={inner} fill={THEME.text} />
      {layout.legend.items.map((item) => (
        <Group key={`${item.x}-${item.y}`} x={item.x} y={item.y}>
          <LegendSymbolShape item={item} />
          <Text
            x={item.symbolWidth + LEGEND_LABEL_GAP}
            y={(LEGEND_SYMBOL_SIZE - LEGEND_FONT_SIZE) / 2 + 1}
            width={item.labelWidth}
            text={item.label}
            fontSize={LEGEND_FONT_SIZE}
            fontFamily={THEME.font}
            fill={THEME.text}
            wrap="none"
            ellipsis
          />
        </Group>
      ))}
    </Group>
  );
}
