import { expect, test } from 'vitest';
import { t } from '../i18n/i18n';
import { lockAction } from './lock-action';

test('unlocked, the button locks; locked, it says it unlocks, and each says so when pressed', () => {
  expect(lockAction(false)).toMatchObject({ next: true, label: 'panels.toolbar.lock' });
  expect(lockAction(true)).toMatchObject({ next: false, label: 'panels.toolbar.unlock' });
  expect(t(lockAction(false).label)).toBe('Lock board');
  expect(t(lockAction(true).label)).toBe('Unlock board');
  expect(t(lockAction(false).announcement)).toBe('Board locked: participants cannot edit.');
  expect(t(lockAction(true).announcement)).toBe('Board unlocked: participants can edit.');
  // While locked the words never repeat the action just taken.
  expect(t(lockAction(true).label)).not.toBe(t(lockAction(false).label));
});
