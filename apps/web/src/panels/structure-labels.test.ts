import { expect, test } from 'vitest';
import { t } from '../i18n/i18n';
import { CHANNEL_ICON_OPTIONS, channelIconOptions, channelIconText } from './structure-labels';

test('a known icon keeps the usual choices', () => {
  expect(channelIconOptions('phone')).toBe(CHANNEL_ICON_OPTIONS);
  expect(channelIconOptions('')).toBe(CHANNEL_ICON_OPTIONS);
});

test('an icon name we do not know stays listed, after the usual choices', () => {
  const options = channelIconOptions('fax-machine');
  expect(options.slice(0, CHANNEL_ICON_OPTIONS.length)).toEqual(CHANNEL_ICON_OPTIONS);
  expect(options.at(-1)?.value).toBe('fax-machine');
  expect(t(options.at(-1)!.label)).toBe('Other (fax-machine)');
  expect(options.filter((option) => option.value === 'fax-machine')).toHaveLength(1);
});

test('the read-only text names the icon by its label, or not at all', () => {
  expect(channelIconText('phone')).toBe('Phone icon');
  expect(channelIconText('people')).toBe('In person icon');
  expect(channelIconText('fax-machine')).toBe('fax-machine icon');
  expect(channelIconText('')).toBe('');
});
