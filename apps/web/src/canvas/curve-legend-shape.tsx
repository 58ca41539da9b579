import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { CURVE_LEGEND, type CurveMark } from './curve-legend';
import { scoreColor } from './emotion-curve-path';
import { Circle, Group, Rect, Text } from './konva';
import { Polyline } from './polyline';
import { THEME } from './theme';

const ROW_GAP = 17;
const SWATCH = 22;

function Swatch({ mark }: { readonly mark: CurveMark }) {
  switch (mark) {
    case 'consensus':
      return (
        <>
          <Polyline points={[0, 6, SWATCH, 6]} stroke={scoreColor(8)} strokeWidth={3} lineCap="round" />
          <Circle x={SWATCH / 2} y={6} radius={4} fill={scoreColor(8)} stroke="#ffffff" strokeWidth={1.5} />
        </>
      );
    case 'average':
      return <Polyline points={[0, 6, SWATCH, 6]} stroke={THEME.mean} strokeWidth={1.5} dash={[2, 4]} />;
    case 'range':
      return <Rect x={0} y={1} width={SWATCH} height={10} fill={THEME.band} />;
    case 'target':
      return <Polyline points={[0, 6, SWATCH, 6]} stroke={THEME.target} strokeWidth={1.5} dash={[6, 3]} />;
  }
}

/** The emotion curve's legend, in the curve row's pinned header (left of the curve it explains). */
export const CurveLegendShape = memo(function CurveLegendShape({ x, y }: { x: number; y: number }) {
  const t = useT();
  return (
    <Group x={x} y={y} listening={false}>
      {CURVE_LEGEND.map((item, index) => (
        <Group key={item.mark} y={index * ROW_GAP}>
          <Swatch mark={item.mark} />
          <Text
            x={SWATCH + 6}
            y={0}
            text={t(item.labelKey)}
            fontSize={10}
            fontFamily={THEME.font}
            fill={THEME.headerText}
            perfectDrawEnabled={false}
          />
        </Group>
      ))}
    </Group>
  );
});
