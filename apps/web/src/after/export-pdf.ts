import { message } from '../i18n/i18n';
import { drawPoster, type PosterInput } from './board-picture-of';
import { renderPictureBlob } from './export-png';
import type { PosterLayout } from './poster-layout';
import { type ProgressListener, yieldToBrowser } from './yield';

// A one-page A3 landscape poster for people who were not in the room: the same poster as the PNG (header
// with title, persona, goal and date; the board as the canvas draws it; the legend), scaled to the page,
// with its words also laid over it as invisible text so the PDF can be searched and copied from.

const PAGE = { width: 420, height: 297, margin: 10 } as const;
/** The poster image is rendered at most this many pixels wide: sharp on A3, light to embed. */
const MAX_IMAGE_PIXELS = 6_000;

export type { PosterInput };

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });
}

/** jsPDF's standard fonts cover Latin-1 only: replace what they cannot draw rather than print garbage. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/·/g, '|')
    .split('')
    .filter((ch) => ch.charCodeAt(0) <= 0xff)
    .join('');
}

/** The poster's words in reading order, with where each starts (poster units) and its size. */
export function posterWords(layout: PosterLayout): { text: string; x: number; y: number; size: number }[] {
  return [
    ...layout.header.lines.map((line) => ({
      text: line.text,
      x: layout.margin,
      y: line.y,
      size: line.fontSize,
    })),
    {
      text: layout.legend.title.text,
      x: layout.margin,
      y: layout.legend.title.y,
      size: layout.legend.title.fontSize,
    },
    ...(layout.evidence
      ? [
          {
            text: layout.evidence.title.text,
            x: layout.margin,
            y: layout.evidence.title.y,
            size: layout.evidence.title.fontSize,
          },
          ...layout.evidence.tiles.flatMap((tile) =>
            [tile.label, tile.caption].flatMap((line) =>
              line ? [{ text: line.text, x: line.x, y: line.y, size: line.fontSize }] : [],
            ),
          ),
        ]
      : []),
    ...layout.legend.items.map((item) => ({
      text: item.label,
      x: item.x + item.symbolWidth + 8,
      y: item.y,
      size: 16,
    })),
  ];
}

export async function exportPoster(
  input: PosterInput,
  onProgress: ProgressListener = () => {},
): Promise<Blob> {
  const picture = await drawPoster(input, (f, label) => onProgress(f * 0.5, label));
  let image: string;
  const layout = picture.poster;
  if (!layout) throw new Error('the poster has no layout');
  try {
    const ratio = Math.min(2, MAX_IMAGE_PIXELS / picture.width);
    onProgress(0.55, message('after.export.step.rendering-poster'));
    await yieldToBrowser();
    image = await blobToDataUrl(await renderPictureBlob(picture, ratio, 'image/jpeg', 0.92));
  } finally {
    picture.destroy();
  }
  onProgress(0.8, message('after.export.step.laying-out'));
  await yieldToBrowser();
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3', compress: true });
  const boxWidth = PAGE.width - 2 * PAGE.margin;
  const boxHeight = PAGE.height - 2 * PAGE.margin;
  const scale = Math.min(boxWidth / layout.width, boxHeight / layout.height);
  const left = PAGE.margin + (boxWidth - layout.width * scale) / 2;
  const top = PAGE.margin;
  pdf.addImage(image, 'JPEG', left, top, layout.width * scale, layout.height * scale, undefined, 'FAST');
  // The words again, invisible, where the image shows them.
  pdf.setFont('helvetica', 'normal');
  for (const word of posterWords(layout)) {
    const size = Math.max(1, word.size * scale * 2.835);
    pdf.setFontSize(size);
    pdf.text(pdfSafe(word.text), left + word.x * scale, top + (word.y + word.size * 0.8) * scale, {
      renderingMode: 'invisible',
      baseline: 'alphabetic',
    });
  }
  const title = pdfSafe(layout.header.lines[0]?.text ?? input.words.t('after.poster.untitled'));
  pdf.setProperties({
    title,
    keywords: pdfSafe(input.words.t('after.poster.pdf-keywords')),
    subject: pdfSafe(
      layout.header.lines
        .slice(1)
        .map((line) => line.text)
        .join(' | '),
    ),
    creator: 'Journeyboard',
  });
  // The document's language, for screen readers and search (jsPDF writes it as /Lang).
  pdf.setLanguage(input.words.language as Parameters<typeof pdf.setLanguage>[0]);
  onProgress(0.95, message('after.export.step.saving-pdf'));
  await yieldToBrowser();
  const blob = pdf.output('blob');
  onProgress(1, message('after.export.step.done'));
  return blob;
}
