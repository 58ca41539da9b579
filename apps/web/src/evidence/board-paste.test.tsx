// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardContext, type BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { resetUiStore, useUiStore } from '../state/ui-store';
import { BoardPaste } from './board-paste';
import { useEarlyPastes } from './early-paste';
import { clipboardFiles, selectedParent } from './pasted-files';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const attachLater = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('./attach-later', () => ({ attachLater }));

const png = () => new File(['png'], 'screenshot.png', { type: 'image/png' });

/** What a browser's clipboard data looks like to the page: files, or items of kind "file". */
function clipboard(files: File[], asItems = false): DataTransfer {
  return {
    files: asItems ? [] : files,
    items: files.map((file) => ({ kind: 'file', getAsFile: () => file })),
  } as unknown as DataTransfer;
}

function paste(data: DataTransfer): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  window.dispatchEvent(event);
  return event;
}

/** The board as it composes paste: kept from its first render, the paste code there when `loaded`. */
function Paste({ loaded }: { readonly loaded: boolean }) {
  const takeKept = useEarlyPastes();
  return loaded ? <BoardPaste takeKept={takeKept} /> : null;
}

let root: Root | null = null;

async function openBoard(
  role: 'facilitator' | 'participant' | 'observer',
  loaded = true,
): Promise<BoardContextValue> {
  const board = {
    boardId: 'b1',
    role,
    user: { id: 'u1', name: 'Ann', color: '#000' },
    docs: { session: new Y.Doc() },
  } as unknown as BoardContextValue;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await renderBoard(board, loaded);
  return board;
}

async function renderBoard(board: BoardContextValue, loaded: boolean): Promise<void> {
  await act(async () => {
    root?.render(
      <BoardContext.Provider value={board}>
        <Paste loaded={loaded} />
      </BoardContext.Provider>,
    );
  });
}

beforeEach(() => {
  attachLater.mockClear();
  resetUiStore();
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('clipboardFiles', () => {
  it('takes the clipboard’s files, else its items that are files', () => {
    const file = png();
    expect(clipboardFiles(clipboard([file]))).toEqual([file]);
    expect(clipboardFiles(clipboard([file], true))).toEqual([file]);
    expect(clipboardFiles(clipboard([]))).toEqual([]);
    expect(clipboardFiles(null)).toEqual([]);
  });
});

describe('selectedParent', () => {
  it('is the selected note, else the selected step', () => {
    expect(selectedParent({ selectedStepId: 's1', selectedNoteId: 'n1' })).toEqual({
      kind: 'note',
      id: 'n1',
    });
    expect(selectedParent({ selectedStepId: 's1', selectedNoteId: null })).toEqual({
      kind: 'step',
      id: 's1',
    });
    expect(selectedParent({ selectedStepId: null, selectedNoteId: null })).toBeNull();
  });
});

describe('pasting onto the board (before the upload code has loaded)', () => {
  it('hands a pasted screenshot to the selected note, taken while the event lasts', async () => {
    const board = await openBoard('participant');
    useUiStore.setState({ selectedStepId: 's1', selectedNoteId: 'n1' });
    const file = png();
    const event = paste(clipboard([file]));
    expect(event.defaultPrevented).toBe(true);
    expect(attachLater).toHaveBeenCalledWith(board, { kind: 'note', id: 'n1' }, [file]);
  });

  it('asks for a selection first, and attaches nothing', async () => {
    await openBoard('participant');
    paste(clipboard([png()]));
    expect(attachLater).not.toHaveBeenCalled();
    expect(usePanelStore.getState().announcement.text).toBe(
      'Select a step or a note first, then paste to attach the file to it.',
    );
  });

  it('tells an observer that their link adds no files', async () => {
    await openBoard('observer');
    useUiStore.setState({ selectedStepId: 's1' });
    paste(clipboard([png()]));
    expect(attachLater).not.toHaveBeenCalled();
    expect(usePanelStore.getState().announcement.text).toBe('Your link does not let you add files now.');
  });

  it('leaves a paste of text alone', async () => {
    await openBoard('participant');
    useUiStore.setState({ selectedStepId: 's1' });
    const event = paste(clipboard([]));
    expect(event.defaultPrevented).toBe(false);
    expect(attachLater).not.toHaveBeenCalled();
  });

  it('stops listening when the board closes', async () => {
    await openBoard('participant');
    useUiStore.setState({ selectedStepId: 's1' });
    await act(async () => root?.unmount());
    root = null;
    paste(clipboard([png()]));
    expect(attachLater).not.toHaveBeenCalled();
  });
});

describe('pasting before the paste code has arrived', () => {
  it('keeps the paste, with what was selected then, and attaches it when the code is in', async () => {
    const board = await openBoard('participant', false);
    useUiStore.setState({ selectedStepId: 's1' });
    const file = png();
    const event = paste(clipboard([file]));
    // Held back (nothing opens or is pasted elsewhere), and not yet attached.
    expect(event.defaultPrevented).toBe(true);
    expect(attachLater).not.toHaveBeenCalled();
    // The selection moves on before the code arrives: the file still goes where it was pasted.
    useUiStore.setState({ selectedStepId: 's2' });
    await renderBoard(board, true);
    expect(attachLater).toHaveBeenCalledTimes(1);
    expect(attachLater).toHaveBeenCalledWith(board, { kind: 'step', id: 's1' }, [file]);
    // Later pastes are the paste code's own, once each.
    paste(clipboard([file]));
    expect(attachLater).toHaveBeenCalledTimes(2);
    expect(attachLater).toHaveBeenLastCalledWith(board, { kind: 'step', id: 's2' }, [file]);
  });

  it('says a kept paste without a selection needs one, once the code is in', async () => {
    const board = await openBoard('participant', false);
    paste(clipboard([png()]));
    await renderBoard(board, true);
    expect(attachLater).not.toHaveBeenCalled();
    expect(usePanelStore.getState().announcement.text).toBe(
      'Select a step or a note first, then paste to attach the file to it.',
    );
  });

  it('leaves a paste of text to the page', async () => {
    await openBoard('participant', false);
    expect(paste(clipboard([])).defaultPrevented).toBe(false);
  });
});
