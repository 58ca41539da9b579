import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { addChannel, deleteChannel, moveChannel, updateChannel } from './channels';
import { addPersona } from './personas';
import { readBoard, readEntity } from './read';
import { addStep } from './steps';

const o = 'local';

test('the default channels come in the documented order', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  expect(readBoard(doc).channels.map((c) => c.name)).toEqual([
    'Email',
    'Phone',
    'Self-service portal',
    'Website',
    'Face-to-face',
    'Chat',
  ]);
});

test('add, update, move and delete channels', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addChannel(doc, { name: 'Kiosk', color: '#112233', icon: 'kiosk', id: 'k', index: 1 }, o);
  expect(
    readBoard(doc)
      .channels.map((c) => c.id)
      .slice(0, 3),
  ).toEqual(['channel-email', 'k', 'channel-phone']);
  updateChannel(doc, 'k', { name: 'Info kiosk', color: '#aabbcc' }, o);
  expect(readEntity(doc, 'channel', 'k')).toMatchObject({
    name: 'Info kiosk',
    color: '#aabbcc',
    icon: 'kiosk',
  });
  expect(() => updateChannel(doc, 'k', { color: 'red' }, o)).toThrow(
    'channel.color: expected a colour like #1a2b3c',
  );
  moveChannel(doc, 'k', 6, o);
  expect(readBoard(doc).channels.at(-1)?.id).toBe('k');
  addStep(doc, { journeyId: 'journey-current', channelId: 'k', id: 's' }, o);
  addPersona(doc, { name: 'P', preferredChannelIds: ['k', 'channel-email'], id: 'p' }, o);
  expect(deleteChannel(doc, 'k', o)).toBe(true);
  expect(readEntity(doc, 'step', 's')?.channelId).toBeNull();
  expect(readEntity(doc, 'persona', 'p')?.preferredChannelIds).toEqual(['channel-email']);
  expect(deleteChannel(doc, 'k', o)).toBe(false);
});
