import type { AttachmentParent } from '@journeyboard/journey';
import { describe, expect, it, vi } from 'vitest';
import type { BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { attachLater } from './attach-later';

const BOARD = { boardId: 'b1' } as unknown as BoardContextValue;
const STEP: AttachmentParent = { kind: 'step', id: 's1' };
const NOTE: AttachmentParent = { kind: 'note', id: 'n1' };
const file = (name: string) => new File(['x'], name, { type: 'image/png' });

describe('attachLater', () => {
  it('keeps files given before the upload code arrived, and queues them in order once it has', async () => {
    const attachFiles = vi.fn();
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    // One fetch of the code, as import() gives: every caller waits for the same arrival.
    const code = arrived.then(() => ({ attachFiles }));
    const load = () => code;
    const first = [file('a.png')];
    const second = [file('b.png'), file('c.png')];
    const done = Promise.all([attachLater(BOARD, STEP, first, load), attachLater(BOARD, NOTE, second, load)]);
    await Promise.resolve();
    expect(attachFiles).not.toHaveBeenCalled();
    arrive();
    await done;
    expect(attachFiles.mock.calls).toEqual([
      [BOARD, STEP, first],
      [BOARD, NOTE, second],
    ]);
  });

  it('loads nothing for no files', async () => {
    const load = vi.fn(async () => ({ attachFiles: vi.fn() }));
    await attachLater(BOARD, STEP, [], load);
    expect(load).not.toHaveBeenCalled();
  });

  it('says the files were not attached when the upload code cannot be fetched, and throws nothing', async () => {
    const load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(attachLater(BOARD, STEP, [file('a.png'), file('b.png')], load)).resolves.toBeUndefined();
    } finally {
      error.mockRestore();
    }
    expect(usePanelStore.getState().announcement.text).toMatch(
      /^The 2 files were not attached: .*Add them again once the connection is back\.$/,
    );
  });
});
