import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { EditingTarget } from '../state/ui-store';
import type { BoardStore } from './board-store';
import { initialText } from './canvas-actions';
import { editLabel } from './edit-label';
import { type EditOrigin, editorAnchor } from './editor-geometry';
import { editorContext } from './focus-board';
import type { InteractionStore } from './interaction-store';
import { TextEditor } from './text-editor';
import { useLayout } from './use-board';
import type { Dispatch } from './use-canvas-interaction';

/**
 * The in-place editor, open while the interaction store says something is being edited. It sits over
 * what it edits and follows it when the board is laid out again (a peer adds a step before it).
 */
export function CanvasEditor({
  store,
  interaction,
  dispatch,
}: {
  store: BoardStore;
  interaction: StoreApi<InteractionStore>;
  dispatch: Dispatch;
}) {
  const state = useStore(interaction, (s) => s.state);
  if (state.kind !== 'editing-text') return null;
  return (
    <OpenEditor
      key={JSON.stringify(state.target)}
      store={store}
      target={state.target}
      from={state.from}
      dispatch={dispatch}
    />
  );
}

function OpenEditor({
  store,
  target,
  from,
  dispatch,
}: {
  store: BoardStore;
  target: NonNullable<EditingTarget>;
  from: EditOrigin;
  dispatch: Dispatch;
}) {
  useLayout(store);
  // What the field starts with is read once: a peer's later change must not overwrite what is typed.
  const [initial] = useState(() => initialText(store.doc, target));
  const anchor = editorAnchor(editorContext(store), target, from);
  if (!anchor) return null;
  return (
    <TextEditor
      anchor={anchor}
      initial={initial}
      label={editLabel(target)}
      fontSize={target.kind === 'note' ? 11 : 13}
      onCommit={(text) => dispatch({ type: 'edit-commit', text })}
    />
  );
}
