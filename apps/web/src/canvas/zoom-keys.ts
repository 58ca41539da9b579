// The canvas's zoom keys, the same three actions as the toolbar's zoom buttons.

export type ZoomKeyAction = 'in' | 'out' | 'fit';

/** The keys, as `aria-keyshortcuts` names them on the toolbar's buttons. */
export const ZOOM_SHORTCUTS: Readonly<Record<ZoomKeyAction, string>> = {
  in: '+ =',
  out: '-',
  fit: '0',
};

/**
 * What a key pressed on the focused canvas does to the zoom: `+` (or `=`, the same key unshifted on many
 * keyboards) zooms in, `-` zooms out, `0` fits the board; null for any other key and for any key held
 * with Ctrl, Alt or Meta (Ctrl and + zooms the page, the browser's own).
 */
export function zoomKeyAction(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}): ZoomKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case '+':
    case '=':
      return 'in';
    case '-':
      return 'out';
    case '0':
      return 'fit';
    default:
      return null;
  }
}
