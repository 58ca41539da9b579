import type KonvaType from 'konva';
import { Image as ImageClass } from 'konva/lib/shapes/Image';
import { type Attrs, type NodeProps, useKonvaNode } from './konva-binding';

// Konva's Image shape on its own: only evidence thumbnails and posters draw images, and both load after
// the board's first frame, so Konva's Image class is not part of the first load.

const newImage = (attrs: Attrs) => new ImageClass(attrs as KonvaType.ImageConfig);

export function Image({ ref, ...props }: NodeProps<KonvaType.Image, KonvaType.ImageConfig>) {
  return <span ref={useKonvaNode(newImage, props, ref).marker} />;
}
