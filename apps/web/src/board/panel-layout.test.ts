import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../app/local-prefs';
import {
  closePanel,
  DEFAULT_PANEL_PREFS,
  escapeClosesPanel,
  loadPanelPrefs,
  openPanel,
  overlayRightOf,
  PANEL_WIDTHS,
  type PanelId,
  type PanelPrefs,
  panelOrder,
  placePanels,
  RAIL_WIDTH,
  savePanelPrefs,
  setDocked,
  togglePanel,
} from './panel-layout';

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('side panels', () => {
  it('start on the rail, leaving the canvas at least three quarters of a 1440 px screen', () => {
    const placement = placePanels(DEFAULT_PANEL_PREFS);
    expect(Object.values(placement.shown)).toEqual(['hidden', 'hidden', 'hidden']);
    expect(1440 - placement.overlayRight).toBeGreaterThanOrEqual(1440 * 0.75);
  });

  it('float one at a time over the canvas; docked ones stay', () => {
    let prefs: PanelPrefs = openPanel(DEFAULT_PANEL_PREFS, 'outline');
    expect(placePanels(prefs).shown.outline).toBe('overlay');
    prefs = openPanel(prefs, 'workshop');
    expect(prefs.outline.open).toBe(false);
    prefs = setDocked(prefs, 'workshop', true);
    prefs = openPanel(prefs, 'outline');
    expect(placePanels(prefs).shown).toEqual({ outline: 'overlay', workshop: 'docked', after: 'hidden' });
    // The floating panel sits left of the docked one and the rail.
    expect(placePanels(prefs).overlayRight).toBe(RAIL_WIDTH + PANEL_WIDTHS.workshop);
  });

  it('let the after-the-workshop panel take the workshop panel’s place while it is open', () => {
    let prefs = setDocked(openPanel(DEFAULT_PANEL_PREFS, 'workshop'), 'workshop', true);
    prefs = openPanel(prefs, 'after');
    expect(placePanels(prefs).shown).toMatchObject({ workshop: 'hidden', after: 'overlay' });
    prefs = closePanel(prefs, 'after');
    expect(placePanels(prefs).shown.workshop).toBe('docked');
  });

  it('toggle, and undocking an open panel closes another floating one', () => {
    let prefs = togglePanel(DEFAULT_PANEL_PREFS, 'outline');
    expect(prefs.outline.open).toBe(true);
    prefs = setDocked(prefs, 'outline', true);
    prefs = openPanel(prefs, 'workshop');
    expect(prefs.outline.open && prefs.workshop.open).toBe(true);
    prefs = setDocked(prefs, 'outline', false);
    expect(prefs.outline.open).toBe(true);
    expect(prefs.workshop.open).toBe(false);
    expect(togglePanel(prefs, 'outline').outline.open).toBe(false);
  });

  it('are remembered per browser, the after panel closed again', () => {
    const store = memoryStore();
    expect(loadPanelPrefs(store)).toEqual(DEFAULT_PANEL_PREFS);
    const prefs = setDocked(openPanel(openPanel(DEFAULT_PANEL_PREFS, 'workshop'), 'after'), 'after', true);
    savePanelPrefs(prefs, store);
    const loaded = loadPanelPrefs(store);
    expect(loaded.workshop).toEqual(prefs.workshop);
    expect(loaded.after).toEqual({ open: false, docked: true });
  });

  it('fall back to the defaults on anything stored that is not panel state', () => {
    for (const raw of ['not json', '{"outline":{"open":"yes"}}', '[]', 'null']) {
      const store = memoryStore();
      store.setItem('journeyboard:panels', raw);
      expect(loadPanelPrefs(store)).toEqual(DEFAULT_PANEL_PREFS);
    }
    expect(loadPanelPrefs(null)).toEqual(DEFAULT_PANEL_PREFS);
    const failing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadPanelPrefs(failing)).toEqual(DEFAULT_PANEL_PREFS);
    expect(() => savePanelPrefs(DEFAULT_PANEL_PREFS, failing)).not.toThrow();
  });
});

describe('panelOrder', () => {
  const shown = (modes: Partial<Record<PanelId, 'hidden' | 'overlay' | 'docked'>>) => ({
    outline: 'hidden' as const,
    workshop: 'hidden' as const,
    after: 'hidden' as const,
    ...modes,
  });

  it('follows the buttons: the outline (with Board structure) before the customer feedback, then the rail', () => {
    expect(panelOrder(shown({}))).toEqual(['outline', 'feedback', 'workshop', 'after']);
    expect(panelOrder(shown({ outline: 'docked', workshop: 'docked' }))).toEqual([
      'outline',
      'feedback',
      'workshop',
      'after',
    ]);
  });

  it('puts the floating panel first: it lies over the canvas, left of everything docked', () => {
    expect(panelOrder(shown({ outline: 'docked', workshop: 'overlay' }))).toEqual([
      'workshop',
      'outline',
      'feedback',
      'after',
    ]);
    expect(panelOrder(shown({ outline: 'overlay', after: 'docked' }))).toEqual([
      'outline',
      'feedback',
      'workshop',
      'after',
    ]);
  });
});

describe('overlayRightOf', () => {
  it('floats a panel just left of the leftmost thing beside the canvas', () => {
    // Main area 0–1280: the rail at 1204, a docked outline at 844, the feedback panel at 409.
    expect(overlayRightOf(1280, [1204])).toBe(76);
    expect(overlayRightOf(1280, [844, 1204])).toBe(436);
    expect(overlayRightOf(1280, [844, 409.4, 1204])).toBe(871);
    expect(overlayRightOf(1280, [])).toBe(0);
  });
});

describe('Escape in a panel', () => {
  const plain = { handled: false, inTextField: false, inDialog: false };
  it('closes a floating panel to the rail', () => {
    expect(escapeClosesPanel('overlay', plain)).toBe(true);
  });
  it('leaves a docked panel, a field one types in, a dialog and a key something inside handled alone', () => {
    expect(escapeClosesPanel('docked', plain)).toBe(false);
    expect(escapeClosesPanel('hidden', plain)).toBe(false);
    expect(escapeClosesPanel('overlay', { ...plain, inTextField: true })).toBe(false);
    expect(escapeClosesPanel('overlay', { ...plain, inDialog: true })).toBe(false);
    expect(escapeClosesPanel('overlay', { ...plain, handled: true })).toBe(false);
  });
});
