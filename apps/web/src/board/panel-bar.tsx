import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/use-t';
import { escapeClosesPanel, PANEL_NAME_KEYS, type PanelId } from './panel-layout';
import { usePanelLayout } from './panel-layout-store';

/** The rail button that opens and closes a panel: focus returns to it when the panel closes. */
export const railButtonId = (id: PanelId) => `rail-${id}`;
export const panelElementId = (id: PanelId) => `panel-${id}`;

/** Docks the panel beside the canvas, or lets it float over it again. */
export function DockToggle({ panel }: { readonly panel: PanelId }) {
  const docked = usePanelLayout((state) => state.prefs[panel].docked);
  const t = useT();
  return (
    <button
      type="button"
      className={`button button--small ${docked ? 'button--active' : ''}`}
      aria-pressed={docked}
      aria-label={t('panel.dock.label', { panel: t(PANEL_NAME_KEYS[panel]) })}
      title={t(docked ? 'panel.dock.title-docked' : 'panel.dock.title-floating')}
      onClick={(event) => {
        // Docking moves the panel to its place among the others in the document (panelOrder), which
        // takes the keyboard off the button: give it back, so pressing again undoes it.
        const button = event.currentTarget;
        flushSync(() => usePanelLayout.getState().setDocked(panel, !docked));
        if (button.isConnected && document.activeElement !== button) button.focus({ preventScroll: true });
      }}
    >
      {t('panel.dock.button')}
    </button>
  );
}

/** Closes a panel to the rail and gives focus back to its rail button. */
export function closePanelToRail(panel: PanelId): void {
  usePanelLayout.getState().close(panel);
  document.getElementById(railButtonId(panel))?.focus();
}

/** Escape in a floating panel closes it to the rail, as the close button does (see escapeClosesPanel). */
export function closeOnEscape(panel: PanelId, mode: 'hidden' | 'overlay' | 'docked') {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const pressed = {
      handled: event.defaultPrevented,
      inTextField: Boolean(target?.isContentEditable || target?.closest('input, textarea, select')),
      inDialog: Boolean(target?.closest('dialog')),
    };
    if (!escapeClosesPanel(mode, pressed)) return;
    event.preventDefault();
    closePanelToRail(panel);
  };
}

/** A panel's title bar: its name, Dock, and Close (back to the rail). */
export function PanelBar({ panel, title }: { readonly panel: PanelId; readonly title: string }) {
  const t = useT();
  return (
    <div className="panel-bar">
      <span className="panel-bar__title">{title}</span>
      <DockToggle panel={panel} />
      <button
        type="button"
        className="button button--small button--icon"
        aria-label={t('panel.close.label', { panel: t(PANEL_NAME_KEYS[panel]) })}
        title={t('panel.close.title')}
        onClick={() => closePanelToRail(panel)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
