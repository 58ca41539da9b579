import type KonvaType from 'konva';
import { memo, useCallback } from 'react';
import type { IconBox } from './channel-icon-layout';
import { channelIconGlyph, GLYPH_SIZE, traceGlyph } from './channel-icons';
import { Shape } from './konva';

/**
 * A channel's icon as one stroked shape. It carries the icon's name, channel and place as attributes
 * (`name: 'channel-icon'`), so a test can find what the canvas shows in Konva's node tree.
 */
export const ChannelIcon = memo(function ChannelIcon({
  icon,
  channelId,
  place,
  box,
  color,
}: {
  icon: string;
  channelId: string;
  /** Where it is drawn, for the same tests. */
  place: 'header' | 'card';
  box: IconBox;
  color: string;
}) {
  const glyph = channelIconGlyph(icon);
  const sceneFunc = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      if (!glyph) return;
      context.beginPath();
      traceGlyph(context, glyph);
      context.strokeShape(shape);
    },
    [glyph],
  );
  if (!glyph) return null;
  const scale = box.size / GLYPH_SIZE;
  return (
    <Shape
      name="channel-icon"
      icon={icon}
      channelId={channelId}
      place={place}
      x={box.x}
      y={box.y}
      width={GLYPH_SIZE}
      height={GLYPH_SIZE}
      scaleX={scale}
      scaleY={scale}
      stroke={color}
      strokeWidth={2}
      lineCap="round"
      lineJoin="round"
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={sceneFunc}
    />
  );
});
