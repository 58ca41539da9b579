import type { Phase, Role } from '@journeyboard/journey';
import { canAsk, canEditContent, canRate, type SessionRules } from '../board/permissions';

// The workshop's rhythm (customers map and talk, stakeholders observe, then ask), one line per role so
// everyone knows what to do right now without the facilitator repeating it.

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  preparation: 'Preparation',
  mapping: 'Mapping',
  readout: 'Readout',
  qa: 'Q&A',
  wrapup: 'Wrap-up',
};

const GUIDE: Readonly<Record<Phase, Readonly<Record<Role, string>>>> = {
  preparation: {
    facilitator: 'Set the scope, goal and persona, then start Mapping.',
    participant: 'Welcome! Think back over your experience, step by step.',
    observer: 'Welcome! Watch the customers map their journey.',
  },
  mapping: {
    facilitator: 'Keep time; ask customers to go step by step: doing, thinking, feeling.',
    participant: 'Map each step: what you did, thought and felt, who and what you used, and rate it.',
    observer: 'Observe; questions open in Q&A.',
  },
  readout: {
    facilitator: 'Invite one customer to walk through the journey in their words.',
    participant: 'One volunteer reads the journey out; the others add what is missing.',
    observer: 'Listen to the readout; note your questions for Q&A.',
  },
  qa: {
    facilitator: 'Take the stakeholders’ questions; mark them resolved when answered.',
    participant: 'Answer the stakeholders’ questions about your experience.',
    observer: 'Ask your questions now, pinned to a step or a note.',
  },
  wrapup: {
    facilitator: 'Vote on pain points and opportunities; agree on next steps and owners.',
    participant: 'Vote on what hurts most; thank you for sharing your experience!',
    observer: 'Review the results; owners take the next steps.',
  },
};

export function phaseInstruction(phase: Phase, role: Role): string {
  return GUIDE[phase][role];
}

/** Joins "a", "b" and "c" as "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What this role may do right now, worded from the domain's rules (the ones the relay judges by), so the
 * line under the phase never promises or forbids something the board would not: the same source for
 * participants and observers, only the answers differ.
 */
export function phaseAbilities(role: Role, rules: SessionRules): string {
  const can = [
    canEditContent(role, rules) ? 'edit the map' : null,
    canRate(role, rules) ? 'rate steps' : null,
    canAsk(role, rules) ? 'ask questions' : null,
  ].filter((ability): ability is string => ability !== null);
  const later =
    canAsk(role, { ...rules, phase: 'qa' }) && !canAsk(role, rules) ? ' Questions open in Q&A.' : '';
  const locked =
    rules.locked && !canEditContent(role, rules) && canEditContent(role, { ...rules, locked: false });
  const lock = locked ? 'The board is locked. ' : '';
  if (can.length === 0) return `${lock}You can watch.${later}`;
  return `${lock}You can ${listed(can)}.${later}`;
}
