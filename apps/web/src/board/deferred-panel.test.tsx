// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../app/lazy-part';
import { reportCanvasProgress, resetCanvasProgress } from '../canvas/canvas-progress';
import { BoardContext, type BoardContextValue } from './board-context';
import { DeferredContent, DeferredPart } from './deferred-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What useBoardDrawn reads of a board: a settled connection and the content document the canvas draws. */
const content = {};
const connected = { kind: 'connected', detail: [] };
const board = {
  connection: {
    subscribe: () => () => {},
    getStatus: () => connected,
  },
  docs: { content },
} as unknown as BoardContextValue;

function Greeting({ name }: { readonly name: string }) {
  return <p>hello {name}</p>;
}

let root: Root | null = null;
async function show(element: ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(<BoardContext.Provider value={board}>{element}</BoardContext.Provider>);
  });
  return container;
}

/** The canvas reports every column in view mounted; the parts that waited then load after an idle moment. */
async function drawBoard() {
  await act(async () => {
    reportCanvasProgress({ doc: content, complete: true, stepCount: 3 });
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe('content that loads once the board is drawn', () => {
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    resetCanvasProgress(content);
    document.body.innerHTML = '';
  });

  it('says it is loading, and loads no code, until the board is drawn', async () => {
    const load = vi.fn(async () => Greeting);
    const part = lazyPart(load);
    const container = await show(
      <DeferredContent part={part} props={{ name: 'Ann' }} now={false} loadingText="Loading the outline…" />,
    );
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Loading the outline…');
    expect(load).not.toHaveBeenCalled();
    await drawBoard();
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('hello Ann');
  });

  it('loads at once when it is wanted sooner (its panel was opened)', async () => {
    const part = lazyPart(async () => Greeting);
    const container = await show(
      <DeferredContent part={part} props={{ name: 'Bo' }} now={true} loadingText="Loading the outline…" />,
    );
    await act(() => part.preload());
    expect(container.textContent).toBe('hello Bo');
  });

  it('a part with props shows nothing until the board is drawn, then renders with them', async () => {
    const part = lazyPart(async () => Greeting);
    const container = await show(<DeferredPart part={part} label="Greeting" props={{ name: 'Cy' }} />);
    expect(container.textContent).toBe('');
    await drawBoard();
    expect(container.textContent).toBe('hello Cy');
  });

  it('a placeholder holds the part’s place until it is there', async () => {
    const part = lazyPart(async () => Greeting);
    const container = await show(
      <DeferredPart part={part} label="Greeting" props={{ name: 'Di' }} placeholder={<i>reserved</i>} />,
    );
    expect(container.innerHTML).toBe('<i>reserved</i>');
    await drawBoard();
    expect(container.textContent).toBe('hello Di');
  });
});
