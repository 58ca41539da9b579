import { useEffect } from 'react';
import { useAfterStore } from '../after/after-store';
import { useStructureStore } from '../panels/structure-store';
import { usePanelLayout } from './panel-layout-store';
import { usePanelStore } from './panel-store';

/**
 * Keeps the side panels open where something needs them: the after-the-workshop panel's own store says
 * whether it is open (its tab), and asking for the step details ("Add step", "Edit") or the board
 * structure opens the outline panel they live in.
 */
export function usePanelSync(): void {
  useEffect(() => {
    const layout = () => usePanelLayout.getState();
    const afterOpen = useAfterStore.getState().tab !== null;
    if (afterOpen !== layout().prefs.after.open) {
      if (afterOpen) layout().open('after');
      else layout().close('after');
    }
    if (useStructureStore.getState().open) layout().open('outline');
    const stopAfter = useAfterStore.subscribe((state, previous) => {
      const open = state.tab !== null;
      if (open && previous.tab === null) layout().open('after');
      if (!open && previous.tab !== null) layout().close('after');
    });
    // Opening another floating panel closes the after panel when it floats too.
    const stopLayout = usePanelLayout.subscribe((state, previous) => {
      if (previous.prefs.after.open && !state.prefs.after.open && useAfterStore.getState().tab !== null)
        useAfterStore.getState().close();
    });
    const stopInspector = usePanelStore.subscribe((state, previous) => {
      if (state.inspectorFocusRequest && state.inspectorFocusRequest !== previous.inspectorFocusRequest)
        layout().open('outline');
    });
    const stopStructure = useStructureStore.subscribe((state, previous) => {
      if (state.open && !previous.open) layout().open('outline');
    });
    return () => {
      stopAfter();
      stopLayout();
      stopInspector();
      stopStructure();
    };
  }, []);
}
