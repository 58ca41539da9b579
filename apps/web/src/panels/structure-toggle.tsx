import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { useStructureStore } from './structure-store';

/** The toggle's id: closing the panel gives the keyboard back to it. */
export const STRUCTURE_TOGGLE_ID = 'board-structure-toggle';

// Its own file so the toolbar does not pull the panel's code (forms, consequences) into the board's first
// chunk: the panel loads when it is first opened.
/** The toolbar button that opens and closes the panel (for every role: the others read it). */
export function StructureToggle() {
  const t = useT();
  const open = useStructureStore((state) => state.open);
  const toggle = useCallback(() => useStructureStore.getState().toggle(), []);
  return (
    <button
      id={STRUCTURE_TOGGLE_ID}
      type="button"
      className={`button ${open ? 'button--active' : ''}`}
      aria-pressed={open}
      onClick={toggle}
      title={t('panels.structure.title')}
    >
      {/* The toolbar's short name (Dutch "Opbouw"): the Dutch facilitator's toolbar fits one row at 1280 px. */}
      {t('panels.toolbar.structure')}
    </button>
  );
}
