// Konva's core plus only the shapes the board draws, so the bundle does not carry every shape and filter.
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

export { Circle, Group, Image, Layer, Rect, Shape, Stage, Text } from 'react-konva/lib/ReactKonvaCore';
export { Konva };
