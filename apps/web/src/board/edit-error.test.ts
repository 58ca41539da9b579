import {
  addPersona,
  askQuestion,
  createBoard,
  JourneyError,
  updateMeta,
  updatePersona,
} from '@journeyboard/journey';
import { afterEach, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { activateLanguage, t } from '../i18n/i18n';
import { editErrorMessage, REFUSED_FIELDS, refusedField } from './edit-error';

const origin = { kind: 'test' };

function refusal(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the model to refuse');
}

afterEach(() => activateLanguage('en'));

test('names the field the model refused, whatever its path looks like', () => {
  expect(refusedField(new JourneyError('too long', 'meta.goal'))).toBe('goal');
  expect(refusedField(new JourneyError('too long', 'persona.goals[2]'))).toBe('goals');
  expect(refusedField(new JourneyError('too long', 'goals.2'))).toBe('goals');
  expect(refusedField(new JourneyError('expected some text', 'text'))).toBe('text');
  expect(refusedField(new JourneyError('odd', 'somethingElse'))).toBe('other');
  expect(refusedField(new Error('boom'))).toBe('other');
  expect(refusedField('not an error')).toBe('other');
});

test('words a refusal from its code, naming the field where the code is about a value', async () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const tooLong = 'x'.repeat(20_001);
  const frame = refusal(() => updateMeta(doc, { goal: tooLong }, origin));
  const id = addPersona(doc, { name: 'Sam' }, origin).id;
  const persona = refusal(() => updatePersona(doc, id, { frustrations: ['ok', tooLong] }, origin));
  const question = refusal(() => askQuestion(doc, { text: '   ', authorId: 'a', role: 'observer' }, origin));
  expect(t(editErrorMessage(frame))).toBe('the goal is too long (at most 20,000 characters)');
  expect(t(editErrorMessage(persona))).toBe('a frustration is too long (at most 20,000 characters)');
  expect(t(editErrorMessage(question))).toBe('the text is empty or not valid');
  expect(t(editErrorMessage(new JourneyError('gone', 'step', 'missing')))).toBe(
    'it was deleted meanwhile, perhaps by someone else',
  );
  expect(t(editErrorMessage(new JourneyError('bad', 'somethingElse')))).toBe(
    'that value is not allowed there',
  );
  expect(t('workshop.error.not-saved', { reason: t(editErrorMessage(frame)) })).toBe(
    'Your change was not saved: the goal is too long (at most 20,000 characters).',
  );
  await activateLanguage('nl');
  expect(t(editErrorMessage(frame))).toBe('het doel is te lang (hoogstens 20.000 tekens)');
  expect(t('workshop.questions.not-posted', { reason: t(editErrorMessage(question)) })).toBe(
    'Je vraag is niet geplaatst: de tekst is leeg of ongeldig.',
  );
});

test('every field it can name has its own words in every language', async () => {
  for (const language of ['en', 'nl'] as const) {
    await activateLanguage(language);
    const fallback = t(editErrorMessage(new JourneyError('bad', 'somethingElse')));
    for (const field of REFUSED_FIELDS) {
      expect(t(editErrorMessage(new JourneyError('bad', `x.${field}`))), field).not.toBe(fallback);
    }
  }
});

test('anything else thrown is logged and worded without its English', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(t(editErrorMessage(new TypeError('x is undefined')))).toBe(
    'something went wrong; the change was not made',
  );
  expect(log).toHaveBeenCalled();
  log.mockRestore();
});
