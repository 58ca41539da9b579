import { PHASES, phaseLabelKey, ROLES } from '@journeyboard/journey';
import { expect, test } from 'vitest';
import { canAsk, canEditContent, canRate } from '../board/permissions';
import { activateLanguage, t } from '../i18n/i18n';
import { phaseAbilities, phaseInstruction } from './phase-guide';

const abilities = (...args: Parameters<typeof phaseAbilities>) =>
  phaseAbilities(...args)
    .map((m) => t(m))
    .join(' ');

test('every phase has a name and a distinct one-line instruction for each role, in both languages', async () => {
  for (const language of ['nl', 'en'] as const) {
    await activateLanguage(language);
    for (const phase of PHASES) {
      expect(t(phaseLabelKey(phase))).not.toBe(phaseLabelKey(phase));
      const lines = ROLES.map((role) => t(phaseInstruction(phase, role)));
      expect(new Set(lines).size).toBe(ROLES.length);
      for (const line of lines) {
        expect(line).not.toContain('\n');
        expect(line).not.toMatch(/^workshop\./);
      }
    }
  }
  expect(t(phaseInstruction('mapping', 'observer'))).toBe('Observe; questions open in Q&A.');
});

test('participants and observers read what they may do from the same rules the relay applies', () => {
  for (const phase of PHASES) {
    for (const locked of [false, true]) {
      for (const role of ['participant', 'observer'] as const) {
        const rules = { phase, locked };
        const line = abilities(role, rules);
        expect(line.includes('edit the map'), `${role} ${phase} ${locked}`).toBe(canEditContent(role, rules));
        expect(line.includes('rate steps'), `${role} ${phase} ${locked}`).toBe(canRate(role, rules));
        expect(line.includes('ask questions'), `${role} ${phase} ${locked}`).toBe(canAsk(role, rules));
        expect(line).not.toContain('\n');
      }
    }
  }
  expect(abilities('observer', { phase: 'mapping', locked: false })).toBe(
    'You can watch. Questions open in Q&A.',
  );
  expect(abilities('observer', { phase: 'qa', locked: false })).toBe('You can ask questions.');
  expect(abilities('participant', { phase: 'preparation', locked: true })).toMatch(/^The board is locked\. /);
  expect(abilities('participant', { phase: 'mapping', locked: false })).toBe(
    'You can edit the map, rate steps and ask questions.',
  );
});

test('every combination of abilities has its own sentence in Dutch', async () => {
  await activateLanguage('nl');
  try {
    const lines = new Set<string>();
    for (const phase of PHASES) {
      for (const locked of [false, true]) {
        for (const role of ROLES) lines.add(abilities(role, { phase, locked }));
      }
    }
    for (const line of lines) expect(line).toMatch(/^(Het bord is vergrendeld\. )?Je kunt /);
    expect(abilities('observer', { phase: 'mapping', locked: false })).toBe(
      'Je kunt meekijken. In de vragenronde kun je vragen stellen.',
    );
  } finally {
    await activateLanguage('en');
  }
});
