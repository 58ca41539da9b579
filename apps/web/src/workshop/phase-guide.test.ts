import { PHASES, ROLES } from '@journeyboard/journey';
import { expect, test } from 'vitest';
import { canAsk, canEditContent, canRate } from '../board/permissions';
import { PHASE_LABELS, phaseAbilities, phaseInstruction } from './phase-guide';

test('every phase has a label and a distinct one-line instruction for each role', () => {
  for (const phase of PHASES) {
    expect(PHASE_LABELS[phase].length).toBeGreaterThan(0);
    const lines = ROLES.map((role) => phaseInstruction(phase, role));
    expect(new Set(lines).size).toBe(ROLES.length);
    for (const line of lines) expect(line).not.toContain('\n');
  }
  expect(phaseInstruction('mapping', 'observer')).toBe('Observe; questions open in Q&A.');
});

test('participants and observers read what they may do from the same rules the relay applies', () => {
  for (const phase of PHASES) {
    for (const locked of [false, true]) {
      for (const role of ['participant', 'observer'] as const) {
        const rules = { phase, locked };
        const line = phaseAbilities(role, rules);
        expect(line.includes('edit the map'), `${role} ${phase} ${locked}`).toBe(canEditContent(role, rules));
        expect(line.includes('rate steps'), `${role} ${phase} ${locked}`).toBe(canRate(role, rules));
        expect(line.includes('ask questions'), `${role} ${phase} ${locked}`).toBe(canAsk(role, rules));
        expect(line).not.toContain('\n');
      }
    }
  }
  expect(phaseAbilities('observer', { phase: 'mapping', locked: false })).toBe(
    'You can watch. Questions open in Q&A.',
  );
  expect(phaseAbilities('observer', { phase: 'qa', locked: false })).toBe('You can ask questions.');
  expect(phaseAbilities('participant', { phase: 'preparation', locked: true })).toMatch(
    /^The board is locked\. /,
  );
});
