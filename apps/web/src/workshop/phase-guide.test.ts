import { PHASES, ROLES } from '@journeyboard/journey';
import { expect, test } from 'vitest';
import { PHASE_LABELS, phaseInstruction } from './phase-guide';

test('every phase has a label and a distinct one-line instruction for each role', () => {
  for (const phase of PHASES) {
    expect(PHASE_LABELS[phase].length).toBeGreaterThan(0);
    const lines = ROLES.map((role) => phaseInstruction(phase, role));
    expect(new Set(lines).size).toBe(ROLES.length);
    for (const line of lines) expect(line).not.toContain('\n');
  }
  expect(phaseInstruction('mapping', 'observer')).toBe('Observe; questions open in Q&A.');
});
