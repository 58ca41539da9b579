import { type Attachment, type BoardSnapshot, isImageAttachment } from '@journeyboard/journey';
import type { BoardStructure } from '../canvas/board-structure';
import { cellKey } from '../canvas/board-structure';
import type { Translate } from '../i18n/i18n';
import { fitLine, type Measure, type PosterLine } from './poster-text';

// The poster's evidence: the thumbnails of the steps' and notes' files, in the board's order (step by
// step, each step's own files before its notes'), in a section between the board and the legend.

/** One file shown on the poster. */
export interface PosterEvidenceEntry {
  readonly hash: string;
  readonly image: boolean;
  /** What it belongs to: "3. Opens a chat", "Note on 3: Bot transcript…". */
  readonly label: string;
  /** Its caption (the alt text), else its file name, else nothing. */
  readonly caption: string;
}

/** A file's tile: the thumbnail box, and the two lines under it. */
export interface EvidenceTile {
  readonly entry: PosterEvidenceEntry;
  readonly x: number;
  readonly y: number;
  readonly thumb: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly label: PosterLine & { readonly x: number; readonly width: number };
  readonly caption: (PosterLine & { readonly x: number; readonly width: number }) | null;
}

export interface EvidenceSection {
  readonly y: number;
  readonly height: number;
  readonly title: PosterLine;
  readonly tiles: readonly EvidenceTile[];
  /** "12 more files are not shown …" when there were more than the poster shows. */
  readonly more: PosterLine | null;
}

export const EVIDENCE_THUMB_WIDTH = 200;
export const EVIDENCE_THUMB_HEIGHT = 150;
export const EVIDENCE_TEXT_SIZE = 14;
/** A poster shows at most this many files (the zip export holds them all). */
export const MAX_POSTER_EVIDENCE = 48;
const TITLE_SIZE = 20;
const GAP = 24;
const TEXT_GAP = 6;
const LINE = EVIDENCE_TEXT_SIZE + 4;
const TILE_HEIGHT = EVIDENCE_THUMB_HEIGHT + TEXT_GAP + 2 * LINE;

const short = (text: string, max = 60) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

/** The files of the journey's steps and notes, in the order the board shows them. */
export function posterEvidenceEntries(
  board: BoardSnapshot,
  structure: Pick<BoardStructure, 'stepIds' | 'lanes' | 'cellNotes'>,
  t: Translate,
): PosterEvidenceEntry[] {
  if (board.attachments.length === 0) return [];
  const byStep = new Map<string, Attachment[]>();
  const byNote = new Map<string, Attachment[]>();
  for (const attachment of board.attachments) {
    const [map, id] = attachment.stepId
      ? [byStep, attachment.stepId]
      : attachment.noteId
        ? [byNote, attachment.noteId]
        : [null, null];
    if (!map || !id) continue;
    map.set(id, [...(map.get(id) ?? []), attachment]);
  }
  const steps = new Map(board.steps.map((step) => [step.id, step]));
  const notes = new Map(board.notes.map((note) => [note.id, note]));
  const entries: PosterEvidenceEntry[] = [];
  const add = (attachments: readonly Attachment[] | undefined, label: string) => {
    for (const a of attachments ?? []) {
      entries.push({ hash: a.hash, image: isImageAttachment(a), label, caption: short(a.caption || a.name) });
    }
  };
  structure.stepIds.forEach((stepId, index) => {
    const title = short(steps.get(stepId)?.title ?? '') || t('after.poster.evidence.untitled-step');
    add(byStep.get(stepId), t('after.poster.evidence.step', { number: index + 1, title }));
    for (const lane of structure.lanes) {
      for (const noteId of structure.cellNotes.get(cellKey(stepId, lane.id)) ?? []) {
        const text = short(notes.get(noteId)?.text ?? '', 40);
        add(byNote.get(noteId), t('after.poster.evidence.note', { number: index + 1, text }));
      }
    }
  });
  return entries;
}

/**
 * Where the evidence section's tiles go: under a title, flowed in rows across the poster's inner width
 * (at least one per row), at most MAX_POSTER_EVIDENCE of them, then a line saying how many more there are.
 */
export function evidenceSection(input: {
  readonly entries: readonly PosterEvidenceEntry[];
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly measure: Measure;
  readonly t: Translate;
}): EvidenceSection | null {
  const { entries, top, left, width, measure, t } = input;
  if (entries.length === 0) return null;
  const title: PosterLine = {
    text: t('after.poster.evidence.title', { count: entries.length }),
    y: top,
    fontSize: TITLE_SIZE,
    bold: true,
  };
  const perRow = Math.max(1, Math.floor((width + GAP) / (EVIDENCE_THUMB_WIDTH + GAP)));
  const shown = entries.slice(0, MAX_POSTER_EVIDENCE);
  const firstRow = top + TITLE_SIZE + 14;
  const textWidth = EVIDENCE_THUMB_WIDTH;
  const tiles = shown.map((entry, i): EvidenceTile => {
    const x = left + (i % perRow) * (EVIDENCE_THUMB_WIDTH + GAP);
    const y = firstRow + Math.floor(i / perRow) * (TILE_HEIGHT + GAP);
    const textY = y + EVIDENCE_THUMB_HEIGHT + TEXT_GAP;
    return {
      entry,
      x,
      y,
      thumb: { x, y, width: EVIDENCE_THUMB_WIDTH, height: EVIDENCE_THUMB_HEIGHT },
      label: {
        text: fitLine(entry.label, textWidth, EVIDENCE_TEXT_SIZE, true, measure),
        x,
        y: textY,
        width: textWidth,
        fontSize: EVIDENCE_TEXT_SIZE,
        bold: true,
      },
      caption: entry.caption
        ? {
            text: fitLine(entry.caption, textWidth, EVIDENCE_TEXT_SIZE, false, measure),
            x,
            y: textY + LINE,
            width: textWidth,
            fontSize: EVIDENCE_TEXT_SIZE,
            bold: false,
          }
        : null,
    };
  });
  const rows = Math.ceil(shown.length / perRow);
  let bottom = firstRow + rows * (TILE_HEIGHT + GAP) - GAP;
  let more: PosterLine | null = null;
  if (entries.length > shown.length) {
    const text = t('after.poster.evidence.more', { count: entries.length - shown.length });
    more = {
      text: fitLine(text, width, EVIDENCE_TEXT_SIZE, false, measure),
      y: bottom + 12,
      fontSize: EVIDENCE_TEXT_SIZE,
      bold: false,
    };
    bottom += 12 + LINE;
  }
  return { y: top, height: bottom - top, title, tiles, more };
}

/** An image of `width`×`height` scaled to fit a box, centred, keeping its proportions. */
export function fitInto(
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  if (!(width > 0 && height > 0)) return { ...box };
  const scale = Math.min(box.width / width, box.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
}
