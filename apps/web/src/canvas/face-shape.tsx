import type KonvaType from 'konva';
import { memo, useCallback } from 'react';
import { FACE_BOX, faceGeometry, moodOf } from '../look/faces';
import { Circle, Group, Shape } from './konva';

/**
 * The face of a score on the canvas, drawn from the app's own face shapes (look/faces.ts): the same face
 * as the DOM's SVG on every machine, never an emoji glyph. `x`, `y` is the face's top-left corner.
 */
export const FaceShape = memo(function FaceShape({
  value,
  x,
  y,
  size,
}: {
  readonly value: number | null;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}) {
  const mood = moodOf(value);
  const face = mood ? faceGeometry(mood) : null;
  const drawFeatures = useCallback(
    (context: KonvaType.Context, shape: KonvaType.Shape) => {
      if (!face) return;
      context.beginPath();
      for (const brow of face.brows) {
        context.moveTo(brow.from.x, brow.from.y);
        context.lineTo(brow.to.x, brow.to.y);
      }
      const { from, control, to, closed } = face.mouth;
      context.moveTo(from.x, from.y);
      context.quadraticCurveTo(control.x, control.y, to.x, to.y);
      if (closed) context.closePath();
      context.fillStrokeShape(shape);
    },
    [face],
  );
  if (!mood || !face) return null;
  const scale = size / FACE_BOX;
  return (
    <Group x={x} y={y} scaleX={scale} scaleY={scale} listening={false}>
      <Circle
        x={face.head.cx}
        y={face.head.cy}
        radius={face.head.r}
        fill={mood.fill}
        stroke={mood.ink}
        strokeWidth={1.4}
        perfectDrawEnabled={false}
      />
      {face.eyes.map((eye) => (
        <Circle
          key={eye.cx}
          x={eye.cx}
          y={eye.cy}
          radius={eye.r}
          fill={mood.ink}
          perfectDrawEnabled={false}
        />
      ))}
      <Shape
        sceneFunc={drawFeatures}
        stroke={mood.ink}
        strokeWidth={1.6}
        lineCap="round"
        lineJoin="round"
        fill={face.mouth.closed ? mood.ink : undefined}
        perfectDrawEnabled={false}
      />
    </Group>
  );
});
