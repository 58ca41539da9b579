// @vitest-environment jsdom
import type { BoardSnapshot } from '@journeyboard/journey';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BoardWordsState, useBoardWords } from './board-words';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const translatorFor = vi.hoisted(() => vi.fn());
vi.mock('../i18n/translator-for', () => ({ translatorFor }));

const seen: BoardWordsState[] = [];
function Probe({ board }: { readonly board: BoardSnapshot }) {
  seen.push(useBoardWords(board));
  return null;
}

const dutchBoard = { meta: { language: 'nl' } } as unknown as BoardSnapshot;

async function render(board: BoardSnapshot) {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => root.render(<Probe board={board} />));
  return root;
}

describe('useBoardWords', () => {
  afterEach(() => {
    seen.length = 0;
    translatorFor.mockReset();
  });

  it('is loading, then ready with the board’s language', async () => {
    const t = vi.fn();
    translatorFor.mockResolvedValue(t);
    const root = await render(dutchBoard);
    expect(seen[0]).toEqual({ kind: 'loading' });
    expect(seen.at(-1)).toEqual({ kind: 'ready', words: { language: 'nl', t } });
    expect(translatorFor).toHaveBeenCalledWith('nl');
    await act(async () => root.unmount());
  });

  it('says it failed when the words cannot be fetched, rather than loading for ever', async () => {
    translatorFor.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module: x'));
    const root = await render(dutchBoard);
    expect(seen.at(-1)).toEqual({ kind: 'failed' });
    await act(async () => root.unmount());
  });
});
