import { type MessageKey, t } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import type { CanvasItem } from './canvas-focus';

/** What a screen reader is told about the focused item, gathered from the document by the canvas. */
export interface ItemFacts {
  /** 1-based position of the item's step among the journey's steps. */
  readonly stepNumber: number;
  readonly stepCount: number;
  readonly stepTitle: string;
  /** The card's channel, for a card. */
  readonly channelName: string | null;
  /** The row's title (a lane's, "Time", "Owner"), for a cell or a note. */
  readonly rowTitle: string;
  /** The text the cell shows above its notes (e.g. what the customer is doing), or null for none. */
  readonly fieldText: string | null;
  /** How many notes the cell holds, for a cell. */
  readonly noteCount: number;
  /** 1-based position of the note in its cell, and its text, for a note. */
  readonly noteNumber: number;
  readonly noteText: string;
  /** Whether Enter edits (or adds a note): false for observers and on a locked board. */
  readonly editable: boolean;
  /** Whether the cell takes notes (a lane), so Enter on a note-only cell adds one. */
  readonly takesNotes: boolean;
  /** Whether the cell has text of its own that Enter edits. */
  readonly hasField: boolean;
  /** Whether the cell is a channel's, where Enter puts the step's card. */
  readonly placesCard: boolean;
}

function stepName(facts: ItemFacts): string {
  return t('canvas.focus.step', {
    number: facts.stepNumber,
    count: facts.stepCount,
    step: nameOr(t, 'step', facts.stepTitle),
  });
}

/** The sentence, then what Enter (and Delete) would do when this person may edit. */
function withHint(sentence: string, hint: MessageKey | null): string {
  return hint ? `${sentence} ${t(hint)}` : sentence;
}

function cellHint(facts: ItemFacts): MessageKey | null {
  if (!facts.editable) return null;
  if (facts.placesCard) return 'canvas.focus.hint-place-card';
  if (facts.hasField) return 'canvas.focus.hint-edit';
  return facts.takesNotes ? 'canvas.focus.hint-add-note' : null;
}

/** The sentence announced when the keyboard lands on an item, in the reader's language. */
export function describeItem(item: CanvasItem, facts: ItemFacts): string {
  const step = stepName(facts);
  switch (item.kind) {
    case 'card': {
      const sentence = facts.channelName
        ? t('canvas.focus.card-in', { step, channel: facts.channelName })
        : t('canvas.focus.card', { step });
      return withHint(sentence, facts.editable ? 'canvas.focus.hint-edit-title' : null);
    }
    case 'cell': {
      const sentence = t('canvas.focus.cell', {
        row: facts.rowTitle,
        step,
        // A channel's cell never holds anything but the step's card, which is then focused instead.
        field: facts.hasField ? (facts.fieldText ? 'text' : 'empty') : facts.placesCard ? 'empty' : 'none',
        // Its own full stop goes: the sentence goes on (", no notes") or ends with one of its own.
        text: (facts.fieldText ?? '').replace(/(?<!\.)\.\s*$/, ''),
        notes: facts.takesNotes ? 'counted' : 'none',
        count: facts.noteCount,
      });
      return withHint(sentence, cellHint(facts));
    }
    case 'note': {
      const values = { number: facts.noteNumber, count: facts.noteCount, row: facts.rowTitle, step };
      const sentence = facts.noteText
        ? t('canvas.focus.note', { ...values, text: facts.noteText })
        : t('canvas.focus.note-empty', values);
      return withHint(sentence, facts.editable ? 'canvas.focus.hint-note' : null);
    }
  }
}
