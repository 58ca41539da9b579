import { observeSession, readSession } from '@journeyboard/journey';
import { memo, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import { spotlightToShow } from './spotlight-follow';
import { useStepOptions } from './use-steps';

/**
 * Brings the spotlighted step into view when the facilitator starts or moves the spotlight (see
 * spotlightToShow), and says which step it is. Renders nothing.
 */
export const SpotlightFollower = memo(function SpotlightFollower() {
  const { docs, connection } = useBoard();
  const steps = useStepOptions();
  const titles = useRef(steps);
  titles.current = steps;
  useEffect(() => {
    let previous = readSession(docs.session).spotlightStepId;
    return observeSession(docs.session, (session, local) => {
      const next = session.spotlightStepId;
      const live = connection.isSynced('session');
      const stepId = spotlightToShow({ previous, next, local, live });
      previous = next;
      if (!stepId) return;
      const ui = useUiStore.getState();
      // As with "everyone to my view": the facilitator's pointing wins over following someone's view.
      ui.setFollowTarget(null);
      ui.requestShow(stepId);
      const title = titles.current.find((step) => step.id === stepId)?.title;
      if (title) usePanelStore.getState().announce(t('workshop.spotlight.announced', { step: title }));
    });
  }, [docs.session, connection]);
  return null;
});
