import { expect, test } from 'vitest';
import { canvasSummary, channelDescription } from './canvas-summary';

test('the summary counts the map and names the channel rows in order with their icons', () => {
  expect(
    canvasSummary({
      stepCount: 12,
      stageCount: 4,
      channels: [
        { name: 'Email', icon: 'mail' },
        { name: 'Phone', icon: 'chat' },
        { name: 'Fax', icon: '' },
      ],
      laneCount: 7,
    }),
  ).toBe(
    'Journey map canvas with 12 steps in 4 stages, 3 channels and 7 lanes. Channel rows, top to bottom: ' +
      'Email (Email icon), Phone (Chat icon), Fax. The Journey outline offers the same content and editing with a keyboard.',
  );
});

test('singular counts, and no channel list when there are no channels', () => {
  expect(canvasSummary({ stepCount: 1, stageCount: 1, channels: [], laneCount: 1 })).toBe(
    'Journey map canvas with 1 step in 1 stage, 0 channels and 1 lane. The Journey outline offers the same content and editing with a keyboard.',
  );
});

test('a channel is named even when blank, with an icon we do not know by its stored name', () => {
  expect(channelDescription({ name: '  ', icon: 'fax-machine' })).toBe('Untitled channel (fax-machine icon)');
  expect(channelDescription({ name: 'Web', icon: 'globe' })).toBe('Web (Website icon)');
});

test('what the marks draw is said before the pointer to the outline', () => {
  expect(
    canvasSummary({
      stepCount: 2,
      stageCount: 1,
      channels: [],
      laneCount: 0,
      marks: 'Figures under the curve.',
    }),
  ).toMatch(/lanes\. Figures under the curve\. The Journey outline offers/);
});

test('to someone who cannot edit (an observer, a locked board) the outline is offered to read, not to edit', () => {
  const summary = canvasSummary({ stepCount: 1, stageCount: 1, channels: [], laneCount: 1, readOnly: true });
  expect(summary).toBe(
    'Journey map canvas with 1 step in 1 stage, 0 channels and 1 lane. The Journey outline offers the same content as text.',
  );
  expect(summary).not.toMatch(/edit/);
});
