import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { describeItem, type ItemFacts } from './focus-description';

const facts: ItemFacts = {
  stepNumber: 3,
  stepCount: 11,
  stepTitle: 'Calls the service desk',
  channelName: 'Phone',
  rowTitle: 'Pain points',
  fieldText: null,
  noteCount: 2,
  noteNumber: 1,
  noteText: 'Long wait',
  editable: true,
  takesNotes: true,
  hasField: false,
  placesCard: false,
};

/** A channel's cell that does not hold the step's card. */
const emailCell: ItemFacts = {
  ...facts,
  rowTitle: 'Email',
  takesNotes: false,
  noteCount: 0,
  placesCard: true,
};

describe('what the keyboard focus announces', () => {
  it('names a card with its step, channel and what Enter does', () => {
    expect(describeItem({ kind: 'card', stepId: 's' }, facts)).toBe(
      'Card, step 3 of 11, “Calls the service desk” in Phone. Enter edits the title.',
    );
    expect(describeItem({ kind: 'card', stepId: 's' }, { ...facts, stepTitle: '', editable: false })).toBe(
      'Card, step 3 of 11, “Untitled step” in Phone.',
    );
  });

  it('names a note-only cell with its count and offers to add one', () => {
    expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'lane:pain' }, facts)).toBe(
      'Pain points of step 3 of 11, “Calls the service desk”, 2 notes. Enter adds a note.',
    );
  });

  it('reads a cell’s own text, or says it is empty', () => {
    const doing = { ...facts, rowTitle: 'Doing', hasField: true, fieldText: 'Dials', noteCount: 0 };
    expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'lane:doing' }, doing)).toBe(
      'Doing of step 3 of 11, “Calls the service desk”: Dials, no notes. Enter edits it.',
    );
    // A sentence's own full stop is not doubled by the one the announcement ends with (", no notes.").
    const sentence = { ...doing, fieldText: 'There must be an article about this.' };
    expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'lane:doing' }, sentence)).toBe(
      'Doing of step 3 of 11, “Calls the service desk”: There must be an article about this, no notes. Enter edits it.',
    );
    const time = { ...doing, rowTitle: 'Time', fieldText: '', takesNotes: false };
    expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'time' }, time)).toBe(
      'Time of step 3 of 11, “Calls the service desk”: empty. Enter edits it.',
    );
  });

  it('names another channel’s cell as empty and offers to put the card there', () => {
    expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'channel:email' }, emailCell)).toBe(
      'Email of step 3 of 11, “Calls the service desk”: empty. Enter puts the step’s card here.',
    );
    // Who may not move the card hears no offer.
    expect(
      describeItem({ kind: 'cell', stepId: 's', rowKey: 'channel:email' }, { ...emailCell, editable: false }),
    ).toBe('Email of step 3 of 11, “Calls the service desk”: empty.');
  });

  it('reads a note with its place in the cell', () => {
    expect(describeItem({ kind: 'note', stepId: 's', rowKey: 'lane:pain', noteId: 'n' }, facts)).toBe(
      'Note 1 of 2 in Pain points, step 3 of 11, “Calls the service desk”: “Long wait”. Enter edits it, Delete removes it.',
    );
  });

  describe('in Dutch', () => {
    afterEach(() => activateLanguage('en'));

    it('says the same in the reader’s language, leaving what people typed as typed', async () => {
      await activateLanguage('nl');
      expect(describeItem({ kind: 'card', stepId: 's' }, { ...facts, stepTitle: '' })).toBe(
        'Kaart, stap 3 van 11, “Naamloze stap” in Phone. Enter bewerkt de titel.',
      );
      expect(
        describeItem({ kind: 'cell', stepId: 's', rowKey: 'lane:pain' }, { ...facts, noteCount: 1 }),
      ).toBe(
        'Pain points bij stap 3 van 11, “Calls the service desk”, 1 plakbriefje. Enter voegt een plakbriefje toe.',
      );
      expect(describeItem({ kind: 'cell', stepId: 's', rowKey: 'channel:email' }, emailCell)).toBe(
        'Email bij stap 3 van 11, “Calls the service desk”: leeg. Enter zet de kaart van de stap hier neer.',
      );
    });
  });
});
