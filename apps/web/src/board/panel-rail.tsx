import { memo } from 'react';
import { useAfterStore } from '../after/after-store';
import { useT } from '../i18n/use-t';
import { panelElementId, railButtonId } from './panel-bar';
import type { PanelId } from './panel-layout';
import { usePanelLayout } from './panel-layout-store';
import { enterPanel } from './skip-links';

/** Small line drawings shipped with the app (no icon font, no emoji), one per panel. */
const ICONS: Readonly<Record<PanelId, string>> = {
  outline: 'M4 6h2M9 6h11M4 12h2M9 12h11M4 18h2M9 18h11',
  workshop: 'M4 5h16v10H9l-5 4z M8 9h8 M8 12h5',
  after: 'M6 4h12v16H6z M9 9l2 2 4-4 M9 15h6',
};

const LABEL_KEYS = {
  outline: 'panel.outline.rail',
  workshop: 'panel.workshop.rail',
  after: 'panel.after.rail',
} as const satisfies Readonly<Record<PanelId, string>>;

function toggle(id: PanelId): void {
  // The after panel's store owns whether it is open (and which tab); usePanelSync mirrors it.
  if (id === 'after') useAfterStore.getState().toggle();
  else usePanelLayout.getState().toggle(id);
}

/**
 * The strip at the right edge: one button per side panel. A closed panel lives here; its button opens it
 * (over the board, or docked if it was docked last) and closes it again. Opened by keyboard, the keyboard
 * goes into it; Escape in a floating panel brings it back here (closeOnEscape).
 */
export const PanelRail = memo(function PanelRail() {
  const prefs = usePanelLayout((state) => state.prefs);
  const t = useT();
  return (
    <section className="panel-rail" aria-label={t('panel.rail.label')}>
      {(['outline', 'workshop', 'after'] as const).map((id) => (
        <button
          key={id}
          id={railButtonId(id)}
          type="button"
          className={`panel-rail__button ${prefs[id].open ? 'is-open' : ''}`}
          aria-expanded={prefs[id].open}
          aria-controls={prefs[id].open ? panelElementId(id) : undefined}
          onClick={(event) => {
            const opening = !prefs[id].open;
            toggle(id);
            // Pressed by keyboard (a click with no pointer: detail 0), opening takes the keyboard into the
            // panel: it stands before the rail in the document, so Tab from here would leave the page.
            if (opening && event.detail === 0) requestAnimationFrame(() => enterPanel(id));
          }}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path
              d={ICONS[id]}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="panel-rail__label">{t(LABEL_KEYS[id])}</span>
        </button>
      ))}
    </section>
  );
});
