import { PHASES, type Phase, setPhase } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { canRunSession } from '../board/permissions';
import { PHASE_LABELS, phaseAbilities, phaseInstruction } from './phase-guide';
import { selectLocked, selectPhase, useSessionSelector } from './use-session';
import { WORKSHOP_ORIGIN } from './workshop-origin';

/** The phase (a selector for the facilitator, a label for everyone else) and this role's instruction. */
export const PhaseControl = memo(function PhaseControl() {
  const { docs, role } = useBoard();
  const phase = useSessionSelector(docs.session, selectPhase);
  const locked = useSessionSelector(docs.session, selectLocked);
  const onChange = useCallback(
    (event: React.ChangeEvent<HTMLSelectElement>) => {
      setPhase(docs.session, event.target.value as Phase, WORKSHOP_ORIGIN);
    },
    [docs.session],
  );
  return (
    <div className="workshop-phase">
      {canRunSession(role) ? (
        <label className="workshop-field">
          <span>Phase</span>
          <select aria-label="Workshop phase" value={phase} onChange={onChange}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {PHASE_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="workshop-phase__name" data-testid="workshop-phase">
          Phase: <strong>{PHASE_LABELS[phase]}</strong>
        </span>
      )}
      <span className="workshop-phase__instruction" role="status" data-testid="phase-instruction">
        {phaseInstruction(phase, role)}
      </span>
      {/* Participants and observers read what they may do now from the same rules the relay applies. */}
      {canRunSession(role) ? null : (
        <span className="workshop-phase__abilities" data-testid="phase-abilities">
          {phaseAbilities(role, { phase, locked })}
        </span>
      )}
    </div>
  );
});
