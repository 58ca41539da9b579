import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage, t } from './i18n';
import { newContentName } from './new-content';
import { nameOr, type UntitledKind } from './untitled';

const KINDS: readonly UntitledKind[] = ['step', 'stage', 'channel', 'lane', 'note'];

describe('untitled names', () => {
  afterEach(() => activateLanguage('en'));

  it('keeps what people typed, untranslated', () => {
    expect(nameOr(t, 'step', 'Aanmelden')).toBe('Aanmelden');
    expect(nameOr(t, 'lane', ' Pain ')).toBe(' Pain ');
  });

  it('names an empty or blank name by its kind, in the reader’s language', async () => {
    expect(KINDS.map((kind) => nameOr(t, kind, ' '))).toEqual([
      'Untitled step',
      'Untitled stage',
      'Untitled channel',
      'Untitled lane',
      'Untitled note',
    ]);
    await activateLanguage('nl');
    expect(nameOr(t, 'step', '')).toBe('Naamloze stap');
    expect(nameOr(t, 'channel', '')).toBe('Naamloos kanaal');
  });

  it('names new content in the language active when it is created', async () => {
    expect(newContentName('step')).toBe('New step');
    await activateLanguage('nl');
    expect(newContentName('step')).toBe('Nieuwe stap');
    expect(newContentName('lane')).toBe('Nieuwe baan');
  });
});
