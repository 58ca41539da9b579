import { PHASES, type Phase, phaseLabelKey, setPhase } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { canRunSession } from '../board/permissions';
import { fillSlots, slot } from '../i18n/slots';
import { useT } from '../i18n/use-t';
import { phaseAbilities, phaseInstruction } from './phase-guide';
import { selectLocked, selectPhase, useSessionSelector } from './use-session';
import { WORKSHOP_ORIGIN } from './workshop-origin';

/** The phase (a selector for the facilitator, a label for everyone else) and this role's instruction. */
export const PhaseControl = memo(function PhaseControl() {
  const { docs, role } = useBoard();
  const t = useT();
  const phase = useSessionSelector(docs.session, selectPhase);
  const locked = useSessionSelector(docs.session, selectLocked);
  const onChange = useCallback(
    (event: React.ChangeEvent<HTMLSelectElement>) => {
      setPhase(docs.session, event.target.value as Phase, WORKSHOP_ORIGIN);
    },
    [docs.session],
  );
  return (
    <div className={canRunSession(role) ? 'workshop-phase workshop-phase--run' : 'workshop-phase'}>
      {canRunSession(role) ? (
        <label className="workshop-field">
          <span>{t('workshop.phase.label')}</span>
          <select aria-label={t('workshop.phase.select')} value={phase} onChange={onChange}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(phaseLabelKey(p))}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="workshop-phase__name" data-testid="workshop-phase">
          {fillSlots(t('workshop.phase.current', { phase: slot('phase') }), {
            phase: <strong>{t(phaseLabelKey(phase))}</strong>,
          })}
        </span>
      )}
      <span className="workshop-phase__instruction" role="status" data-testid="phase-instruction">
        {t(phaseInstruction(phase, role))}
      </span>
      {/* Participants and observers read what they may do now from the same rules the relay applies. */}
      {canRunSession(role) ? null : (
        <span className="workshop-phase__abilities" data-testid="phase-abilities">
          {phaseAbilities(role, { phase, locked })
            .map((line) => t(line))
            .join(' ')}
        </span>
      )}
    </div>
  );
});
