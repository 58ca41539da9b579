import { flushSync } from 'react-dom';
import { useT } from '../i18n/use-t';
import { panelElementId } from './panel-bar';
import type { PanelId } from './panel-layout';
import { usePanelLayout } from './panel-layout-store';

export const CANVAS_ID = 'board-canvas';

/** Focuses an element that is not a tab stop of its own (a landmark, a region) without scrolling the page. */
function focusRegion(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/** The canvas's own keyboard focus if it has one, else its region. */
export function focusCanvas(): void {
  const area = document.getElementById(CANVAS_ID);
  if (!area) return;
  const own =
    area.querySelector<HTMLElement>('[tabindex="0"]') ??
    area.querySelector<HTMLElement>('[aria-roledescription="canvas"][tabindex]');
  if (own) own.focus({ preventScroll: true });
  else focusRegion(area);
}

/** Opens a panel (where it was last) and moves focus into it. */
function focusPanel(id: 'outline' | 'workshop'): void {
  flushSync(() => usePanelLayout.getState().open(id));
  enterPanel(id);
}

/**
 * Moves focus into an open panel: the outline's own region, the other panels' selected tab; if the
 * panel's code is still loading, its region until that appears.
 */
export function enterPanel(id: PanelId): void {
  const panel = document.getElementById(panelElementId(id));
  if (!panel || panel.hidden) return;
  // The outline's own region, the workshop and after panels' selected tab.
  const target = () =>
    id === 'outline'
      ? panel.querySelector<HTMLElement>('section.outline')
      : panel.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  const enter = (element: HTMLElement) =>
    id === 'outline' ? focusRegion(element) : element.focus({ preventScroll: true });
  const found = target();
  if (found) {
    enter(found);
    return;
  }
  // The panel's code may still be loading: hold focus on its region, then hand it to the target once
  // that appears, unless the person has moved on meanwhile.
  focusRegion(panel);
  const observer = new MutationObserver(() => {
    const appeared = target();
    if (!appeared) return;
    observer.disconnect();
    if (document.activeElement === panel) enter(appeared);
  });
  observer.observe(panel, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 30_000);
}

/**
 * The first tab stops of the board screen: straight to the board, the outline or the workshop panel,
 * past the header and the toolbar. Visible when focused.
 */
export function SkipLinks() {
  const t = useT();
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      <a
        href={`#${CANVAS_ID}`}
        onClick={(event) => {
          event.preventDefault();
          focusCanvas();
        }}
      >
        {t('skip.board')}
      </a>
      <a
        href={`#${panelElementId('outline')}`}
        onClick={(event) => {
          event.preventDefault();
          focusPanel('outline');
        }}
      >
        {t('skip.outline')}
      </a>
      <a
        href={`#${panelElementId('workshop')}`}
        onClick={(event) => {
          event.preventDefault();
          focusPanel('workshop');
        }}
      >
        {t('skip.workshop')}
      </a>
    </nav>
  );
}
