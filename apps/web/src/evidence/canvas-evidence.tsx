import { type Attachment, type AttachmentParent, isImageAttachment } from '@journeyboard/journey';
import { memo, useContext, useEffect, useMemo, useState } from 'react';
import { BoardContext } from '../board/board-context';
import { useBoardDrawn } from '../board/use-board-drawn';
import type { CardMarkProps, NoteMarkProps } from '../canvas/canvas-marks-slot';
import { CARD_TEXT_LEFT } from '../canvas/channel-icon-layout';
import { useInvalidateColumn } from '../canvas/column-cache';
import type { DetailLevel } from '../canvas/culling';
import { Group, Rect, Text } from '../canvas/konva';
import { Image } from '../canvas/konva-image';
import { useAttachments, useFileUrl } from './use-evidence';

const CHIP_HEIGHT = 32;
const THUMB = 28;
const FILL = '#ffffff';
const STROKE = '#64748b';

/** A loaded image element for a canvas (null until it has decoded). */
function useImageElement(url: string | null): HTMLImageElement | null {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    const element = new window.Image();
    element.onload = () => live && setImage(element);
    element.src = url;
    return () => {
      live = false;
    };
  }, [url]);
  return url ? image : null;
}

/** What the chip says: how many files, and how many of them are documents. */
export function evidenceLabel(attachments: readonly Pick<Attachment, 'type'>[]): string {
  const docs = attachments.filter((a) => !isImageAttachment(a)).length;
  const n = attachments.length;
  if (docs === 0) return `${n}`;
  return docs === n ? `${n} PDF` : `${n} · ${docs} PDF`;
}

function Chip({
  attachments,
  detail,
}: {
  readonly attachments: readonly Attachment[];
  readonly detail: DetailLevel;
}) {
  // Re-cache the column's bitmap when the thumbnail arrives (after the first render, never before it).
  useInvalidateColumn();
  // Thumbnails are fetched once the board is drawn: they never compete with the board's first render.
  const drawn = useBoardDrawn();
  const first = attachments.find(isImageAttachment) ?? null;
  const full = detail === 'full';
  const { url } = useFileUrl(full && first && drawn ? first.hash : null, 'thumb');
  const image = useImageElement(url);
  const label = evidenceLabel(attachments);
  const fontSize = full ? 11 : 18;
  const textWidth = 8 + label.length * (fontSize * 0.62);
  const thumbRoom = full && first ? THUMB + 4 : 0;
  const height = full ? CHIP_HEIGHT : 30;
  const width = thumbRoom + textWidth + 6;
  return (
    <Group listening={false}>
      <Rect
        width={width}
        height={height}
        fill={FILL}
        stroke={STROKE}
        strokeWidth={1}
        cornerRadius={6}
        perfectDrawEnabled={false}
      />
      {full && first ? (
        image ? (
          <Image
            image={image}
            x={2}
            y={2}
            width={THUMB}
            height={THUMB}
            cornerRadius={4}
            perfectDrawEnabled={false}
          />
        ) : (
          <Rect
            x={2}
            y={2}
            width={THUMB}
            height={THUMB}
            fill="#e2e8f0"
            cornerRadius={4}
            perfectDrawEnabled={false}
          />
        )
      ) : null}
      <Text
        x={thumbRoom + 2}
        width={textWidth}
        height={height}
        text={label}
        align="center"
        verticalAlign="middle"
        fontSize={fontSize}
        fontStyle="bold"
        fill="#334155"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

function Marks({
  parent,
  x,
  y,
  detail,
}: {
  readonly parent: AttachmentParent;
  readonly x: number;
  readonly y: number;
  readonly detail: DetailLevel;
}) {
  const attachments = useAttachments(parent);
  if (attachments.length === 0 || detail === 'shapes') return null;
  return (
    <Group x={x} y={y} listening={false}>
      <Chip attachments={attachments} detail={detail} />
    </Group>
  );
}

/**
 * The evidence chip on a card or a note (drawn in its coordinates, over its bottom-left edge): the first
 * image's thumbnail and the count. The thumbnail loads after the board is drawn; zoomed out only the
 * count is drawn, and at the overview nothing. Outside a board (the canvas's dev harness) nothing.
 */
export const EvidenceMarks = memo(function EvidenceMarks({
  stepId,
  noteId,
  x,
  y,
  detail,
}: {
  readonly stepId?: string;
  readonly noteId?: string;
  readonly x: number;
  readonly y: number;
  readonly detail: DetailLevel;
}) {
  const board = useContext(BoardContext);
  const parent = useMemo<AttachmentParent | null>(
    () => (noteId ? { kind: 'note', id: noteId } : stepId ? { kind: 'step', id: stepId } : null),
    [stepId, noteId],
  );
  if (!board || !parent) return null;
  return <Marks parent={parent} x={x} y={y} detail={detail} />;
});

/** The evidence chip as a card mark (canvas slot): under the card's text. */
export function CardEvidenceMark({ stepId, height, detail }: CardMarkProps) {
  return <EvidenceMarks stepId={stepId} x={CARD_TEXT_LEFT + 46} y={height - 18} detail={detail} />;
}

/** The evidence chip as a note mark (canvas slot): at the note's bottom right. */
export function NoteEvidenceMark({ noteId, width, height, detail }: NoteMarkProps) {
  return <EvidenceMarks noteId={noteId} x={width - 40} y={height - 20} detail={detail} />;
}
