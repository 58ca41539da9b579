import {
  addPersona,
  askQuestion,
  createBoard,
  JourneyError,
  updateMeta,
  updatePersona,
} from '@journeyboard/journey';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { activateLanguage, t } from '../i18n/i18n';
import { notPostedMessage, notSavedMessage, refusedField } from './save-error';

const origin = { kind: 'test' };

function refusal(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the model to refuse');
}

test('names the field the model refused, whatever its path looks like', () => {
  expect(refusedField(new JourneyError('too long', 'meta.goal'))).toBe('goal');
  expect(refusedField(new JourneyError('too long', 'persona.goals[2]'))).toBe('goals');
  expect(refusedField(new JourneyError('too long', 'goals.2'))).toBe('goals');
  expect(refusedField(new JourneyError('expected some text', 'text'))).toBe('text');
  expect(refusedField(new JourneyError('odd', 'somethingElse'))).toBe('other');
  expect(refusedField(new Error('boom'))).toBe('other');
  expect(refusedField('not an error')).toBe('other');
});

test('a refused frame or persona change reads as a sentence in the reader’s language', async () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const tooLong = 'x'.repeat(20_001);
  const frame = refusal(() => updateMeta(doc, { goal: tooLong }, origin));
  const id = addPersona(doc, { name: 'Sam' }, origin).id;
  const persona = refusal(() => updatePersona(doc, id, { frustrations: ['ok', tooLong] }, origin));
  expect(t(notSavedMessage(frame))).toBe(
    'Your change to the goal was not saved: the value does not fit the board (is the text too long?)',
  );
  expect(t(notSavedMessage(persona))).toContain('Your change to the frustrations was not saved');
  await activateLanguage('nl');
  try {
    expect(t(notSavedMessage(frame))).toBe(
      'Je wijziging aan het doel is niet opgeslagen: de waarde past niet op het bord (is de tekst te lang?)',
    );
  } finally {
    await activateLanguage('en');
  }
});

test('a refused question says what to change', () => {
  const doc = new Y.Doc();
  const error = refusal(() => askQuestion(doc, { text: '   ', authorId: 'a', role: 'observer' }, origin));
  expect(t(notPostedMessage(error))).toBe('Your question was not posted: the text is empty or too long.');
});
