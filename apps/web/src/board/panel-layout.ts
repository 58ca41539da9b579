import * as z from 'zod/mini';
import { browserStore, type KeyValueStore } from '../app/local-prefs';

/**
 * The side panels around the canvas: the outline (step details, outline, board structure), the workshop
 * panel and the after-the-workshop panel. Each is closed (a button on the rail), open over the canvas
 * (an overlay, the default: the canvas keeps its width) or docked beside it (the canvas narrows).
 */
export const PANEL_IDS = ['outline', 'workshop', 'after'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export interface PanelPref {
  readonly open: boolean;
  readonly docked: boolean;
}

export type PanelPrefs = Readonly<Record<PanelId, PanelPref>>;

/** A new browser: every panel on the rail, so the canvas gets the screen. */
export const DEFAULT_PANEL_PREFS: PanelPrefs = {
  outline: { open: false, docked: false },
  workshop: { open: false, docked: false },
  after: { open: false, docked: false },
};

/** Widths in CSS pixels, shared by the layout (board-view) and its tests. */
export const PANEL_WIDTHS: Readonly<Record<PanelId, number>> = { outline: 360, workshop: 340, after: 520 };
export const RAIL_WIDTH = 76;

/** Each panel's name in a sentence ("Dock the …"), as a message key. */
export const PANEL_NAME_KEYS = {
  outline: 'panel.outline.name',
  workshop: 'panel.workshop.name',
  after: 'panel.after.name',
} as const satisfies Readonly<Record<PanelId, string>>;

/**
 * Opens a panel where it was last (docked or over the canvas). Only one panel floats over the canvas at
 * a time: opening one over it closes another floating one, docked ones stay.
 */
export function openPanel(prefs: PanelPrefs, id: PanelId): PanelPrefs {
  const next = { ...prefs, [id]: { ...prefs[id], open: true } };
  if (prefs[id].docked) return next;
  for (const other of PANEL_IDS) {
    if (other !== id && next[other].open && !next[other].docked)
      next[other] = { ...next[other], open: false };
  }
  return next;
}

export function closePanel(prefs: PanelPrefs, id: PanelId): PanelPrefs {
  return prefs[id].open ? { ...prefs, [id]: { ...prefs[id], open: false } } : prefs;
}

export function togglePanel(prefs: PanelPrefs, id: PanelId): PanelPrefs {
  return prefs[id].open ? closePanel(prefs, id) : openPanel(prefs, id);
}

/** Docks a panel beside the canvas, or lets it float over it again (closing another floating one). */
export function setDocked(prefs: PanelPrefs, id: PanelId, docked: boolean): PanelPrefs {
  const next = { ...prefs, [id]: { ...prefs[id], docked } };
  return next[id].open ? openPanel(next, id) : next;
}

/** What an Escape pressed inside a panel met: whether something handled it, and where it was pressed. */
export interface PanelEscape {
  readonly handled: boolean;
  /** Pressed in a field one types in (its own Escape leaves it and keeps what was typed). */
  readonly inTextField: boolean;
  /** Pressed in a dialog opened from the panel (the dialog closes, not the panel under it). */
  readonly inDialog: boolean;
}

/**
 * Whether Escape closes a panel to the rail: a floating one (over the board, like a popover), when nothing
 * inside handled the key and it was not pressed in a field one types in or a dialog. A docked panel stays: it is part
 * of the screen's layout, closed with its button.
 */
export function escapeClosesPanel(mode: 'hidden' | 'overlay' | 'docked', pressed: PanelEscape): boolean {
  return mode === 'overlay' && !pressed.handled && !pressed.inTextField && !pressed.inDialog;
}

/**
 * Where each panel is on screen. The after-the-workshop panel takes the workshop panel's place while it
 * is open (the workshop is over), as it always did.
 */
export interface PanelPlacement {
  readonly shown: Readonly<Record<PanelId, 'hidden' | 'overlay' | 'docked'>>;
  /** Width of the docked panels and the rail: the floating panel sits just left of them. */
  readonly overlayRight: number;
}

export function placePanels(prefs: PanelPrefs): PanelPlacement {
  const shown = {} as Record<PanelId, 'hidden' | 'overlay' | 'docked'>;
  for (const id of PANEL_IDS) {
    const pref = prefs[id];
    const hidden = !pref.open || (id === 'workshop' && prefs.after.open);
    shown[id] = hidden ? 'hidden' : pref.docked ? 'docked' : 'overlay';
  }
  const overlayRight = PANEL_IDS.reduce(
    (sum, id) => sum + (shown[id] === 'docked' ? PANEL_WIDTHS[id] : 0),
    RAIL_WIDTH,
  );
  return { shown, overlayRight };
}

/** What stands beside the canvas: the rail's panels and the facilitator's customer-feedback panel. */
export type BesideCanvas = PanelId | 'feedback';

/** In the order of their buttons: the outline (holding Board structure, the toolbar's first), feedback, the rail's. */
const BESIDE_CANVAS: readonly BesideCanvas[] = ['outline', 'feedback', 'workshop', 'after'];

/**
 * The panels' order in the document, which is the order Tab walks them in: as they stand on screen, left
 * to right. A panel floating over the canvas lies left of everything docked, so it comes first; the
 * others stand in the order of their buttons. (Closed ones are not drawn: their place does not matter.)
 */
export function panelOrder(shown: PanelPlacement['shown']): readonly BesideCanvas[] {
  const floating = PANEL_IDS.filter((id) => shown[id] === 'overlay');
  return [...floating, ...BESIDE_CANVAS.filter((id) => !(floating as readonly BesideCanvas[]).includes(id))];
}

/**
 * Where a floating panel's right edge goes, from the right edge of the board's main area: just left of
 * the leftmost thing that stands beside the canvas (docked panels, the feedback panel, the rail), whatever
 * their widths (the feedback panel's follows the screen's).
 */
export function overlayRightOf(mainRight: number, besideLefts: readonly number[]): number {
  return Math.max(0, Math.round(mainRight - Math.min(mainRight, ...besideLefts)));
}

const KEY = 'journeyboard:panels';
const prefSchema = z.object({ open: z.boolean(), docked: z.boolean() });
const prefsSchema = z.partial(z.object({ outline: prefSchema, workshop: prefSchema, after: prefSchema }));

/**
 * This browser's panels as they were left. The after-the-workshop panel comes back closed (opening it
 * loads its tabs); whether it docks is remembered.
 */
export function loadPanelPrefs(store: KeyValueStore | null = browserStore()): PanelPrefs {
  let raw: string | null = null;
  try {
    raw = store?.getItem(KEY) ?? null;
  } catch {
    raw = null;
  }
  if (!raw) return DEFAULT_PANEL_PREFS;
  let parsed: z.infer<typeof prefsSchema>;
  try {
    const result = prefsSchema.safeParse(JSON.parse(raw));
    if (!result.success) return DEFAULT_PANEL_PREFS;
    parsed = result.data;
  } catch {
    return DEFAULT_PANEL_PREFS;
  }
  const prefs = { ...DEFAULT_PANEL_PREFS, ...parsed };
  return { ...prefs, after: { open: false, docked: prefs.after.docked } };
}

export function savePanelPrefs(prefs: PanelPrefs, store: KeyValueStore | null = browserStore()): void {
  try {
    store?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the panels are simply not remembered.
  }
}
