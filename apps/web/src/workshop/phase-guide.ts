import type { Phase, Role } from '@journeyboard/journey';
import { canAsk, canEditContent, canRate, type SessionRules } from '../board/permissions';
import { type Message, type MessageKey, message } from '../i18n/i18n';

// The workshop's rhythm (customers map and talk, stakeholders observe, then ask), one line per role so
// everyone knows what to do right now without the facilitator repeating it. The phases' own names are
// the model's label keys (phaseLabelKey); these are the instructions, in the reader's language.

const GUIDE: Readonly<Record<Phase, Readonly<Record<Role, MessageKey>>>> = {
  preparation: {
    facilitator: 'workshop.guide.preparation.facilitator',
    participant: 'workshop.guide.preparation.participant',
    observer: 'workshop.guide.preparation.observer',
  },
  mapping: {
    facilitator: 'workshop.guide.mapping.facilitator',
    participant: 'workshop.guide.mapping.participant',
    observer: 'workshop.guide.mapping.observer',
  },
  readout: {
    facilitator: 'workshop.guide.readout.facilitator',
    participant: 'workshop.guide.readout.participant',
    observer: 'workshop.guide.readout.observer',
  },
  qa: {
    facilitator: 'workshop.guide.qa.facilitator',
    participant: 'workshop.guide.qa.participant',
    observer: 'workshop.guide.qa.observer',
  },
  wrapup: {
    facilitator: 'workshop.guide.wrapup.facilitator',
    participant: 'workshop.guide.wrapup.participant',
    observer: 'workshop.guide.wrapup.observer',
  },
};

export function phaseInstruction(phase: Phase, role: Role): Message {
  return message(GUIDE[phase][role]);
}

/** What a role may do, as the code of the `workshop.abilities.can` message ("edit-rate", or "none"). */
export type Abilities =
  | 'none'
  | 'edit'
  | 'rate'
  | 'ask'
  | 'edit-rate'
  | 'edit-ask'
  | 'rate-ask'
  | 'edit-rate-ask';

/**
 * What this role may do right now, worded from the domain's rules (the ones the relay judges by), so the
 * line under the phase never promises or forbids something the board would not: the same source for
 * participants and observers, only the answers differ. One sentence each, to be joined with spaces.
 */
export function phaseAbilities(role: Role, rules: SessionRules): readonly Message[] {
  const can = [
    canEditContent(role, rules) ? 'edit' : null,
    canRate(role, rules) ? 'rate' : null,
    canAsk(role, rules) ? 'ask' : null,
  ].filter((ability): ability is string => ability !== null);
  const abilities = (can.length === 0 ? 'none' : can.join('_')) as Abilities;
  const later = canAsk(role, { ...rules, phase: 'qa' }) && !canAsk(role, rules);
  const locked =
    rules.locked && !canEditContent(role, rules) && canEditContent(role, { ...rules, locked: false });
  return [
    ...(locked ? [message('workshop.abilities.locked')] : []),
    message('workshop.abilities.can', { abilities }),
    ...(later ? [message('workshop.abilities.later')] : []),
  ];
}
