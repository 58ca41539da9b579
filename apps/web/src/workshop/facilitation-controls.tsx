/* The lock toggle lives in the shell toolbar (panels/toolbar.tsx); the bar holds the rest of facilitation. */
import { requestViewport, setRatingsNamed, setRatingVisibility, setSpotlight } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { canRunSession } from '../board/permissions';
import { fillSlots, slot } from '../i18n/slots';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { visibleArea } from '../state/viewport';
import { requestFromViewport } from './follow-request';
import { serverNow } from './server-offset-store';
import {
  selectRatingsNamed,
  selectRatingVisibility,
  selectSpotlight,
  useSessionSelector,
} from './use-session';
import { useStepOptions } from './use-steps';
import { WORKSHOP_ORIGIN } from './workshop-origin';

const BringEveryoneButton = memo(function BringEveryoneButton() {
  const { docs, user } = useBoard();
  const t = useT();
  const onClick = useCallback(() => {
    const { viewport, viewportSize, viewportInsets } = useUiStore.getState();
    const size =
      viewportSize.width > 0 ? viewportSize : { width: window.innerWidth, height: window.innerHeight };
    // What the facilitator sees: their canvas less the panels laid over it.
    requestViewport(
      docs.session,
      { ...requestFromViewport(viewport, visibleArea(size, viewportInsets)), requestedBy: user.id },
      WORKSHOP_ORIGIN,
      serverNow,
    );
    usePanelStore.getState().announce(t('workshop.bring.announced'));
  }, [docs.session, user.id, t]);
  return (
    <button type="button" onClick={onClick}>
      {t('workshop.bring.button')}
    </button>
  );
});

/** The facilitator picks the spotlighted step; everyone sees which one it is. */
const SpotlightControl = memo(function SpotlightControl() {
  const { docs, role } = useBoard();
  const t = useT();
  const spotlight = useSessionSelector(docs.session, selectSpotlight);
  const steps = useStepOptions();
  const current = steps.find((s) => s.id === spotlight) ?? null;
  if (!canRunSession(role)) {
    // Not a live region: when the spotlight starts or moves, SpotlightFollower says so once, in words
    // of its own (a status here would say it a second time).
    return current ? (
      <span className="workshop-spotlight" data-testid="spotlight-status">
        {fillSlots(t('workshop.spotlight.current', { step: slot('step') }), {
          step: <strong>{current.title}</strong>,
        })}
      </span>
    ) : null;
  }
  return (
    <label className="workshop-field">
      <span>{t('workshop.spotlight.label')}</span>
      <select
        aria-label={t('workshop.spotlight.select')}
        value={current?.id ?? ''}
        onChange={(e) => setSpotlight(docs.session, e.target.value || null, WORKSHOP_ORIGIN)}
      >
        <option value="">{t('workshop.none')}</option>
        {steps.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </label>
  );
});

const RatingRevealToggle = memo(function RatingRevealToggle() {
  const { docs, role } = useBoard();
  const t = useT();
  const visibility = useSessionSelector(docs.session, selectRatingVisibility);
  const named = useSessionSelector(docs.session, selectRatingsNamed);
  const revealed = visibility === 'revealed';
  return (
    <span className="workshop-reveal">
      <span className="workshop-reveal__status" data-testid="ratings-visibility">
        {t(revealed ? 'workshop.reveal.revealed' : 'workshop.reveal.hidden')}
      </span>
      {canRunSession(role) ? (
        <button
          type="button"
          onClick={() => setRatingVisibility(docs.session, revealed ? 'hidden' : 'revealed', WORKSHOP_ORIGIN)}
        >
          {t(revealed ? 'workshop.reveal.hide' : 'workshop.reveal.show')}
        </button>
      ) : null}
      {canRunSession(role) ? (
        <label className="workshop-field" title={t('workshop.reveal.named-title')}>
          <input
            type="checkbox"
            checked={named}
            onChange={(e) => setRatingsNamed(docs.session, e.target.checked, WORKSHOP_ORIGIN)}
          />
          <span>{t('workshop.reveal.named')}</span>
        </label>
      ) : null}
    </span>
  );
});

export const FacilitationControls = memo(function FacilitationControls() {
  const { role } = useBoard();
  return (
    <div className="workshop-facilitation">
      {canRunSession(role) ? <BringEveryoneButton /> : null}
      <SpotlightControl />
      <RatingRevealToggle />
    </div>
  );
});
