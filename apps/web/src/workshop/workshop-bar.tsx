import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { FacilitationControls } from './facilitation-controls';
import { FloorStatus } from './floor-controls';
import { PhaseControl } from './phase-control';
import { SessionTimer } from './session-timer';
import { SpotlightFollower } from './spotlight-follower';
import { ViewportFollower } from './viewport-follower';
import './workshop.css';

/** The session bar everyone sees: phase and instruction, the shared timer, and (for the facilitator) controls. */
export const WorkshopBar = memo(function WorkshopBar() {
  const t = useT();
  return (
    <section className="workshop-bar" aria-label={t('workshop.bar.label')}>
      <PhaseControl />
      <SessionTimer />
      <FacilitationControls />
      <FloorStatus />
      <ViewportFollower />
      <SpotlightFollower />
    </section>
  );
});
