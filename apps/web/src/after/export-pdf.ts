import { type BoardSnapshot, journeySummary, type Persona } from '@journeyboard/journey';
import { scoreColor } from '../canvas/emotion-curve-path';
import { renderSceneBlob } from './export-png';
import { buildExportScene } from './export-scene';
import { type ProgressListener, yieldToBrowser } from './yield';

// A one-page A3 landscape poster for people who were not in the room: header (title, goal, numbers),
// the persona, the whole board scaled to fit, and a legend of what the colours and marks mean.

const PAGE = { width: 420, height: 297, margin: 12 } as const;
const SIDEBAR = 92;
/** The board image is rendered at most this many pixels wide: sharp on A3, light to embed. */
const MAX_IMAGE_PIXELS = 5_000;

export interface PosterInput {
  readonly board: BoardSnapshot;
  readonly journeyId: string | null;
  readonly personaId: string | null;
  readonly date: Date;
}

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
    .split('')
    .filter((ch) => ch.charCodeAt(0) <= 0xff)
    .join('');
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m
    ? [Number.parseInt(m[1]!, 16), Number.parseInt(m[2]!, 16), Number.parseInt(m[3]!, 16)]
    : [148, 163, 184];
}

export async function exportPoster(
  input: PosterInput,
  onProgress: ProgressListener = () => {},
): Promise<Blob> {
  const { board, journeyId } = input;
  const scene = await buildExportScene(board, journeyId, (f, label) => onProgress(f * 0.5, label));
  let image: string;
  let imageWidth: number;
  let imageHeight: number;
  try {
    const ratio = Math.min(2, MAX_IMAGE_PIXELS / scene.layout.width);
    onProgress(0.55, 'Rendering the board');
    await yieldToBrowser();
    image = await blobToDataUrl(await renderSceneBlob(scene, ratio, 'image/jpeg', 0.92));
    imageWidth = scene.layout.width;
    imageHeight = scene.layout.height;
  } finally {
    scene.destroy();
  }
  onProgress(0.75, 'Laying out the poster');
  await yieldToBrowser();
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3', compress: true });
  const { margin } = PAGE;
  const journey = board.journeys.find((j) => j.id === journeyId) ?? board.journeys[0];
  const summary = journey ? journeySummary(board, journey.id) : null;

  // Header.
  pdf.setFillColor(30, 41, 59);
  pdf.rect(0, 0, PAGE.width, 30, 'F');
  pdf.setTextColor(255, 255, 255);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(22);
  pdf.text(pdfSafe(board.meta.title || 'Customer journey'), margin, 14);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(10);
  const facts = [
    journey ? `${journey.name} (${journey.kind === 'future' ? 'future state' : 'current state'})` : '',
    board.meta.goal ? `Goal: ${board.meta.goal}` : '',
    summary?.averageScore != null ? `Average score ${summary.averageScore.toFixed(1)}/10` : '',
    board.meta.targetScore != null ? `Target ${board.meta.targetScore}/10` : '',
    `Exported ${input.date.toISOString().slice(0, 10)}`,
  ].filter(Boolean);
  pdf.text(pdfSafe(facts.join('   ·   ').replace(/·/g, '|')), margin, 23, {
    maxWidth: PAGE.width - 2 * margin,
  });

  // Persona.
  let y = 40;
  pdf.setTextColor(15, 23, 42);
  const persona: Persona | undefined =
    board.personas.find((p) => p.id === input.personaId) ?? board.personas[0];
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(13);
  pdf.text('Persona', margin, y);
  y += 6;
  pdf.setFontSize(10);
  if (persona) {
    const lines: [string, string][] = [
      ['', `${persona.name}${persona.job ? `, ${persona.job}` : ''}`],
      ['Goals', persona.goals.join('; ')],
      ['Frustrations', persona.frustrations.join('; ')],
      ['Quote', persona.quote ? `"${persona.quote}"` : ''],
    ];
    for (const [label, value] of lines) {
      if (!value) continue;
      pdf.setFont('helvetica', 'bold');
      if (label) {
        pdf.text(label, margin, y);
        y += 4.5;
      }
      pdf.setFont('helvetica', 'normal');
      const wrapped = pdf.splitTextToSize(pdfSafe(value), SIDEBAR - 4) as string[];
      pdf.text(wrapped.slice(0, 8), margin, y);
      y += Math.min(8, wrapped.length) * 4.3 + 2;
    }
  } else {
    pdf.setFont('helvetica', 'italic');
    pdf.text('No persona on this board.', margin, y);
    y += 6;
  }

  // Legend.
  y = Math.max(y + 6, 150);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(13);
  pdf.text('Legend', margin, y);
  y += 6;
  pdf.setFontSize(9);
  pdf.setFont('helvetica', 'normal');
  for (const channel of board.channels.slice(0, 10)) {
    pdf.setFillColor(...hexToRgb(channel.color));
    pdf.rect(margin, y - 3, 5, 3.5, 'F');
    pdf.text(pdfSafe(channel.name), margin + 7, y);
    y += 5;
  }
  y += 2;
  const scaleWidth = 60;
  for (let i = 0; i < 30; i++) {
    pdf.setFillColor(...hexToRgb(scoreColor(1 + (9 * i) / 29)));
    pdf.rect(margin + (i * scaleWidth) / 30, y - 3, scaleWidth / 30 + 0.2, 3.5, 'F');
  }
  pdf.text('1', margin, y + 4);
  pdf.text('10', margin + scaleWidth - 3, y + 4);
  pdf.text('Emotion score', margin + scaleWidth + 3, y);
  y += 10;
  pdf.setDrawColor(185, 28, 28);
  pdf.setLineWidth(0.6);
  pdf.rect(margin, y - 3, 5, 3.5);
  pdf.text('Moment of truth (red border, star)', margin + 7, y);
  y += 5;
  pdf.setFillColor(254, 240, 138);
  pdf.rect(margin, y - 3, 5, 3.5, 'F');
  pdf.text('Sticky note; bulb = linked opportunities', margin + 7, y);
  y += 5;
  if (summary?.momentsOfTruth.length) {
    y += 4;
    pdf.setFont('helvetica', 'bold');
    pdf.text(`Moments of truth (${summary.momentsOfTruth.length})`, margin, y);
    pdf.setFont('helvetica', 'normal');
    const titles = new Map(board.steps.map((s) => [s.id, s.title]));
    for (const id of summary.momentsOfTruth.slice(0, 8)) {
      y += 4.5;
      pdf.text(pdfSafe(`- ${titles.get(id) ?? id}`), margin, y, { maxWidth: SIDEBAR - 4 });
    }
  }

  // Board.
  const left = margin + SIDEBAR;
  const boxWidth = PAGE.width - left - margin;
  const boxHeight = PAGE.height - 36 - margin;
  const scale = Math.min(boxWidth / imageWidth, boxHeight / imageHeight);
  pdf.addImage(image, 'JPEG', left, 36, imageWidth * scale, imageHeight * scale, undefined, 'FAST');
  pdf.setProperties({ title: pdfSafe(board.meta.title || 'Customer journey'), creator: 'Journeyboard' });
  onProgress(0.95, 'Saving the PDF');
  await yieldToBrowser();
  const blob = pdf.output('blob');
  onProgress(1, 'Done');
  return blob;
}
