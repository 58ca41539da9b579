import { type BoardSnapshot, type Journey, journeySummary, type Persona } from '@journeyboard/journey';
import { formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { BoardWords } from './board-words';
import { type EvidenceSection, evidenceSection, type PosterEvidenceEntry } from './poster-evidence';
import { fitLine, type Measure, type PosterLine } from './poster-text';

// The poster around the board: a header (title, journey, persona, goal, date and scores) above it and a
// legend (channels, emotion scale, marks) below it, laid out in poster units (the board's own units).

export interface PosterFacts {
  readonly title: string;
  /** "Persona: Sam, new employee — “I just want my laptop.”", or null without a persona. */
  readonly persona: string | null;
  readonly goal: string | null;
  /** The journey, the export date and the scores on one line. */
  readonly details: string;
  /** ISO date (yyyy-mm-dd) of the export. */
  readonly date: string;
}

export interface PosterFactsInput {
  readonly board: BoardSnapshot;
  readonly journeyId: string | null;
  readonly personaId: string | null;
  readonly date: Date;
  /** The board's language: the poster is worded in it, whoever exports it. */
  readonly words: BoardWords;
}

function personaLine(persona: Persona | undefined, t: Translate): string | null {
  if (!persona) return null;
  const name = persona.name.trim() || t('after.poster.unnamed-persona');
  const job = persona.job.trim();
  const quote = persona.quote.trim();
  const who = job ? t('after.poster.persona-with-job', { name, job }) : name;
  return quote ? t('after.poster.persona-quote', { who, quote }) : t('after.poster.persona', { who });
}

/**
 * The journey in the poster's header: its name and what kind of journey it is, said once. A name that
 * says its kind already ("Huidige situatie", the templates' name of the current state) stands alone
 * instead of "Huidige situatie (huidige situatie)"; a journey without a name is named by its kind.
 */
export function journeyLine(
  journey: Pick<Journey, 'name' | 'kind'>,
  { t, language }: Pick<BoardWords, 't' | 'language'>,
): string {
  const name = journey.name.trim();
  const kind = t(journey.kind === 'future' ? 'after.compare.future-state' : 'after.compare.current-state');
  const plain = (text: string) => text.replace(/\s+/g, ' ').toLocaleLowerCase(language);
  if (!name) return kind;
  if (plain(name).includes(plain(kind))) return name;
  return t('after.poster.journey', { name, kind: journey.kind });
}

/** What the poster's header says about the journey. */
export function posterFacts({ board, journeyId, personaId, date, words }: PosterFactsInput): PosterFacts {
  const { t, language } = words;
  const journey = board.journeys.find((j) => j.id === journeyId) ?? board.journeys[0];
  const summary = journey ? journeySummary(board, journey.id) : null;
  const persona =
    board.personas.find((p) => p.id === (personaId ?? board.meta.personaId)) ?? board.personas[0];
  const iso = date.toISOString().slice(0, 10);
  const details = [
    journey ? journeyLine(journey, words) : '',
    t('after.poster.exported', { date: iso }),
    summary?.averageScore != null
      ? t('after.poster.average', {
          score: formatNumber(language, summary.averageScore, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
        })
      : '',
    board.meta.targetScore != null ? t('after.poster.target', { score: board.meta.targetScore }) : '',
    summary?.momentsOfTruth.length ? t('after.poster.moments', { count: summary.momentsOfTruth.length }) : '',
  ].filter(Boolean);
  return {
    title: board.meta.title.trim() || t('after.poster.untitled'),
    persona: personaLine(persona, t),
    goal: board.meta.goal.trim() ? t('after.poster.goal', { goal: board.meta.goal.trim() }) : null,
    details: details.join('  ·  '),
    date: iso,
  };
}

export type LegendSymbol =
  | { readonly kind: 'swatch'; readonly color: string }
  | { readonly kind: 'scale' }
  | { readonly kind: 'curve' }
  | { readonly kind: 'target' }
  | { readonly kind: 'mean' }
  | { readonly kind: 'moment' }
  | { readonly kind: 'note' };

export interface LegendItem {
  readonly x: number;
  readonly y: number;
  readonly symbol: LegendSymbol;
  /** The symbol's width; the label starts after it and a gap. */
  readonly symbolWidth: number;
  readonly label: string;
  /** The label's box: a label longer than the poster is cut with an ellipsis. */
  readonly labelWidth: number;
}

export interface PosterLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly header: { readonly height: number; readonly lines: readonly PosterLine[] };
  readonly board: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** The steps' and notes' files, between the board and the legend (null when there are none). */
  readonly evidence: EvidenceSection | null;
  readonly legend: {
    readonly y: number;
    readonly height: number;
    readonly title: PosterLine;
    readonly items: readonly LegendItem[];
  };
}

export interface PosterLayoutInput {
  readonly facts: PosterFacts;
  readonly boardWidth: number;
  readonly boardHeight: number;
  readonly channels: readonly { readonly name: string; readonly color: string }[];
  readonly targetScore: number | null;
  /** The files to show under the board, in order (none: no evidence section). */
  readonly evidence?: readonly PosterEvidenceEntry[];
  readonly measure: Measure;
  /** The board's language (the legend's words). */
  readonly t: Translate;
}

export const POSTER_MARGIN = 40;
/** Narrow boards still get a poster wide enough for its header and legend. */
export const POSTER_MIN_WIDTH = 1200;
const TITLE_SIZE = 44;
const LINE_SIZE = 20;
const LINE_GAP = 10;
const LEGEND_SIZE = 16;
const LEGEND_ROW = 30;
const SYMBOL = 22;
const SCALE_WIDTH = 160;
const LINE_SYMBOL = 40;
const ITEM_GAP = 32;
const LABEL_GAP = 8;

function legendEntries(
  input: PosterLayoutInput,
): { symbol: LegendSymbol; symbolWidth: number; label: string }[] {
  const { t } = input;
  const entries: { symbol: LegendSymbol; symbolWidth: number; label: string }[] = input.channels.map(
    (channel) => ({
      symbol: { kind: 'swatch', color: channel.color },
      symbolWidth: SYMBOL,
      label: channel.name.trim() || t('after.poster.unnamed-channel'),
    }),
  );
  entries.push(
    { symbol: { kind: 'scale' }, symbolWidth: SCALE_WIDTH, label: t('after.poster.legend.scale') },
    { symbol: { kind: 'curve' }, symbolWidth: LINE_SYMBOL, label: t('after.poster.legend.curve') },
    { symbol: { kind: 'mean' }, symbolWidth: LINE_SYMBOL, label: t('after.poster.legend.mean') },
  );
  if (input.targetScore !== null)
    entries.push({
      symbol: { kind: 'target' },
      symbolWidth: LINE_SYMBOL,
      label: t('after.poster.legend.target', { score: input.targetScore }),
    });
  entries.push(
    { symbol: { kind: 'moment' }, symbolWidth: SYMBOL * 1.6, label: t('after.poster.legend.moment') },
    { symbol: { kind: 'note' }, symbolWidth: SYMBOL, label: t('after.poster.legend.note') },
  );
  return entries;
}

/** Where everything of the poster goes: header lines, the board, and the legend's items flowed in rows. */
export function posterLayout(input: PosterLayoutInput): PosterLayout {
  const { facts, boardWidth, boardHeight, measure } = input;
  const margin = POSTER_MARGIN;
  const width = Math.ceil(Math.max(POSTER_MIN_WIDTH, boardWidth + 2 * margin));
  const inner = width - 2 * margin;
  const lines: PosterLine[] = [];
  let y = margin;
  lines.push({
    text: fitLine(facts.title, inner, TITLE_SIZE, true, measure),
    y,
    fontSize: TITLE_SIZE,
    bold: true,
  });
  y += TITLE_SIZE + LINE_GAP;
  for (const text of [facts.persona, facts.goal, facts.details]) {
    if (!text) continue;
    lines.push({
      text: fitLine(text, inner, LINE_SIZE, false, measure),
      y,
      fontSize: LINE_SIZE,
      bold: false,
    });
    y += LINE_SIZE + LINE_GAP;
  }
  const headerHeight = y + LINE_GAP - margin;
  const board = { x: margin, y: margin + headerHeight, width: boardWidth, height: boardHeight };

  const evidence = evidenceSection({
    entries: input.evidence ?? [],
    top: board.y + boardHeight + margin / 2,
    left: margin,
    width: inner,
    measure,
    t: input.t,
  });
  const legendY = evidence ? evidence.y + evidence.height + margin : board.y + boardHeight + margin / 2;
  const title: PosterLine = {
    text: input.t('after.poster.legend'),
    y: legendY,
    fontSize: LINE_SIZE,
    bold: true,
  };
  const items: LegendItem[] = [];
  let x = margin;
  let rowY = legendY + LINE_SIZE + LINE_GAP + 4;
  for (const entry of legendEntries(input)) {
    // The label's box, rounded up and with room for anti-aliasing, is what must fit: the row wraps on it.
    const labelWidth = Math.min(
      inner - entry.symbolWidth - LABEL_GAP,
      Math.ceil(measure(entry.label, LEGEND_SIZE, false)) + 2,
    );
    const itemWidth = entry.symbolWidth + LABEL_GAP + labelWidth;
    if (x > margin && x + itemWidth > margin + inner) {
      x = margin;
      rowY += LEGEND_ROW;
    }
    items.push({
      x,
      y: rowY,
      symbol: entry.symbol,
      symbolWidth: entry.symbolWidth,
      label: entry.label,
      labelWidth,
    });
    x += itemWidth + ITEM_GAP;
  }
  const legendHeight = rowY + LEGEND_ROW - legendY;
  return {
    width,
    height: Math.ceil(legendY + legendHeight + margin / 2),
    margin,
    header: { height: headerHeight, lines },
    board,
    evidence,
    legend: { y: legendY, height: legendHeight, title, items },
  };
}

export const LEGEND_FONT_SIZE = LEGEND_SIZE;
export const LEGEND_SYMBOL_SIZE = SYMBOL;
export const LEGEND_LABEL_GAP = LABEL_GAP;
