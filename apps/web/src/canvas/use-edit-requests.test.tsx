// @vitest-environment jsdom
import { createBoard, readCollection } from '@journeyboard/journey';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import { resetUiStore, useUiStore } from '../state/ui-store';
import { BoardStore } from './board-store';
import type { InteractionEvent } from './interaction-state';
import { createInteractionStore, type InteractionStore } from './interaction-store';
import { type SeenRequests, seenRequests } from './seen-requests';
import { useEditRequests } from './use-edit-requests';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  resetUiStore();
});

function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  const store = new BoardStore(doc);
  const [first, second] = readCollection(doc, 'step');
  cleanups.push(() => store.dispose());
  return { store, first: first!.id, second: second!.id };
}

interface InputProps {
  readonly store: BoardStore;
  readonly interaction: StoreApi<InteractionStore>;
  readonly dispatch: (event: InteractionEvent) => void;
  readonly seen: SeenRequests;
}

/** The hook where the canvas's input code calls it. */
function Input({ store, interaction, dispatch, seen }: InputProps) {
  useEditRequests(store, interaction, dispatch, seen);
  return null;
}

/** Mounts the hook as the canvas's input code does once it has arrived; answers what it dispatched. */
function mountInput(store: BoardStore, seen: SeenRequests) {
  const dispatched: InteractionEvent[] = [];
  const dispatch = vi.fn((event: InteractionEvent) => {
    dispatched.push(event);
  });
  const interaction = createInteractionStore();
  const root: Root = createRoot(document.createElement('div'));
  act(() => root.render(<Input store={store} interaction={interaction} dispatch={dispatch} seen={seen} />));
  cleanups.push(() => act(() => root.unmount()));
  return { dispatched, interaction };
}

describe('useEditRequests', () => {
  it('honours a request made after the canvas appeared but before its input code arrived', () => {
    const { store, first } = board();
    const seen = seenRequests();
    // "Add step" in the toolbar while the canvas's input code is still on its way.
    useUiStore.getState().requestEdit({ kind: 'step', stepId: first, field: 'title' });
    const { dispatched, interaction } = mountInput(store, seen);
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0]).toMatchObject({ type: 'edit', target: { stepId: first } });
    expect(interaction.getState().focus).toEqual({ kind: 'card', stepId: first });
  });

  it('leaves a request that was already there when the canvas appeared (an earlier canvas’s)', () => {
    const { store, first } = board();
    useUiStore.getState().requestEdit({ kind: 'step', stepId: first, field: 'title' });
    const { dispatched } = mountInput(store, seenRequests());
    expect(dispatched).toEqual([]);
  });

  it('honours each later request once, as it is made', () => {
    const { store, first, second } = board();
    const { dispatched } = mountInput(store, seenRequests());
    act(() => useUiStore.getState().requestEdit({ kind: 'step', stepId: first, field: 'title' }));
    act(() => useUiStore.getState().setSelectedStepId(second));
    act(() => useUiStore.getState().requestEdit({ kind: 'step', stepId: second, field: 'title' }));
    expect(dispatched.map((event) => 'target' in event && event.target)).toEqual([
      expect.objectContaining({ stepId: first }),
      expect.objectContaining({ stepId: second }),
    ]);
  });
});
