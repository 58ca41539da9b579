// Konva's classes the board draws with, and only those: not Konva's core entry, which also brings its
// tweens, animations and FastLayer (~3.5 KB gzipped) that nothing here uses.
import type KonvaType from 'konva';
import { Container } from 'konva/lib/Container';
import { Konva as KonvaGlobal } from 'konva/lib/Global';
import { Group as GroupClass } from 'konva/lib/Group';
import { Layer as LayerClass } from 'konva/lib/Layer';
import { Node } from 'konva/lib/Node';
import { Shape as ShapeClass, shapes } from 'konva/lib/Shape';
import { Stage as StageClass, stages } from 'konva/lib/Stage';
import { Transform, Util } from 'konva/lib/Util';

/** Konva's namespace (also window.Konva) with what its core entry puts there, minus what is left out. */
export const Konva = Object.assign(KonvaGlobal, {
  Util,
  Transform,
  Node,
  Container,
  Stage: StageClass,
  stages,
  Layer: LayerClass,
  Group: GroupClass,
  Shape: ShapeClass,
  shapes,
}) as unknown as typeof KonvaType;

export { Circle, Group, Layer, Rect, Shape, Stage, Text } from './konva-binding';
