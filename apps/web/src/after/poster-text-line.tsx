import { Text } from '../canvas/konva';
import { THEME } from '../canvas/theme';
import type { PosterLine } from './poster-text';

/** One line of a poster's text, cut with an ellipsis where it does not fit its width. */
export function PosterTextLine({
  line,
  x,
  width,
  fill,
}: {
  line: PosterLine;
  x: number;
  width: number;
  fill: string;
}) {
  return (
    <Text
      x={x}
      y={line.y}
      width={width}
      text={line.text}
      fontSize={line.fontSize}
      fontStyle={line.bold ? 'bold' : 'normal'}
      fontFamily={THEME.font}
      fill={fill}
      wrap="none"
      ellipsis
    />
  );
}
