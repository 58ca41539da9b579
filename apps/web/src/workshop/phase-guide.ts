import type { Phase, Role } from '@journeyboard/journey';

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
    participant: 'Welcome! Think back over your experience; mapping starts soon.',
    observer: 'Welcome! You will observe; questions open in Q&A.',
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
