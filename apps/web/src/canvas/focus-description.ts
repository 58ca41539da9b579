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
}

const quote = (text: string) => `“${text}”`;

function stepName(facts: ItemFacts): string {
  return `step ${facts.stepNumber} of ${facts.stepCount}, ${quote(facts.stepTitle || 'Untitled step')}`;
}

function notes(count: number): string {
  return count === 0 ? 'no notes' : count === 1 ? '1 note' : `${count} notes`;
}

/** The sentence announced when the keyboard lands on an item. */
export function describeItem(item: CanvasItem, facts: ItemFacts): string {
  switch (item.kind) {
    case 'card': {
      const channel = facts.channelName ? ` in ${facts.channelName}` : '';
      const hint = facts.editable ? ' Enter edits the title.' : '';
      return `Card, ${stepName(facts)}${channel}.${hint}`;
    }
    case 'cell': {
      const text = facts.hasField ? (facts.fieldText ? `: ${facts.fieldText}` : ': empty') : '';
      const count = facts.takesNotes ? `, ${notes(facts.noteCount)}` : '';
      const hint = !facts.editable
        ? ''
        : facts.hasField
          ? ' Enter edits it.'
          : facts.takesNotes
            ? ' Enter adds a note.'
            : '';
      return `${facts.rowTitle} of ${stepName(facts)}${text}${count}.${hint}`;
    }
    case 'note': {
      const hint = facts.editable ? ' Enter edits it, Delete removes it.' : '';
      const text = facts.noteText ? quote(facts.noteText) : 'empty';
      return `Note ${facts.noteNumber} of ${facts.noteCount} in ${facts.rowTitle}, ${stepName(facts)}: ${text}.${hint}`;
    }
  }
}
