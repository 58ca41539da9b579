// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardContext, type BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { resetUiStore, useUiStore } from '../state/ui-store';
import { clipboardFiles, selectedParent, useBoardPaste } from './board-paste';

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

function Paste() {
  useBoardPaste();
  return null;
}

let root: Root | null = null;

async function openBoard(role: 'facilitator' | 'participant' | 'observer'): Promise<BoardContextValue> {
  const board = {
    boardId: 'b1',
    role,
    user: { id: 'u1', name: 'Ann', color: '#000' },
    docs: { session: new Y.Doc() },
  } as unknown as BoardContextValue;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root?.render(
      <BoardContext.Provider value={board}>
        <Paste />
      </BoardContext.Provider>,
    );
  });
  return board;
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
