import { beforeEach, describe, expect, it } from 'vitest';
import { resetPanelStore, usePanelStore } from './panel-store';

describe('panel store', () => {
  beforeEach(() => resetPanelStore());

  it('numbers announcements so a repeat is spoken again', () => {
    usePanelStore.getState().announce('Step added');
    const first = usePanelStore.getState().announcement;
    usePanelStore.getState().announce('Step added');
    const second = usePanelStore.getState().announcement;
    expect(first.text).toBe('Step added');
    expect(second.seq).toBe(first.seq + 1);
  });

  it('holds one inspector focus request until cleared, and opens and closes Share', () => {
    usePanelStore.getState().requestInspectorFocus('a');
    usePanelStore.getState().requestInspectorFocus('b');
    expect(usePanelStore.getState().inspectorFocusRequest).toEqual({ stepId: 'b' });
    usePanelStore.getState().clearInspectorFocus();
    expect(usePanelStore.getState().inspectorFocusRequest).toBeNull();
    usePanelStore.getState().setShareOpen(true);
    expect(usePanelStore.getState().shareOpen).toBe(true);
    resetPanelStore();
    expect(usePanelStore.getState().shareOpen).toBe(false);
  });

  it('remembers which outline control should take focus back', () => {
    usePanelStore.getState().setOutlineFocus({ stepId: 's1', control: 'later' });
    expect(usePanelStore.getState().outlineFocus).toEqual({ stepId: 's1', control: 'later' });
  });
});
