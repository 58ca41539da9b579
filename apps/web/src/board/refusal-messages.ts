import type { RefusalCode } from '@journeyboard/journey';

/**
 * The relay refuses an update with the close reason `<code> <path>` (e.g. `role step.score`): the code
 * from the journey package's REFUSAL_CODES, the path naming the kind of entry and field. This turns it
 * into a sentence for the person whose change it was.
 */

const REASONS: Readonly<Record<RefusalCode, string>> = {
  role: 'your role on this board does not allow that change',
  locked: 'the facilitator has locked the board',
  phase: 'that is not possible in this phase of the workshop',
  not_owner: 'only its author or the facilitator may change it',
  identity: 'it was made in someone else’s name',
  relay_only: 'only the relay writes that part of the board',
  schema: 'a value did not fit the board’s format',
  unknown_root: 'it touched a part of the board that does not exist',
  unknown_field: 'it touched a field the board does not have',
  too_deep: 'it nested data where the board keeps plain values',
  wrong_type: 'it stored data of a kind the board does not use',
  unknown_reference: 'it built on changes the relay never received',
};

const KIND_NAMES: Readonly<Record<string, string>> = {
  meta: 'the journey’s frame',
  journey: 'a journey',
  stage: 'a stage',
  step: 'a step',
  channel: 'a channel',
  lane: 'a lane',
  note: 'a sticky note',
  rating: 'a rating',
  persona: 'a persona',
  opportunity: 'an opportunity',
  vote: 'a vote',
  question: 'a question',
  answer: 'an answer',
  session: 'the workshop settings',
  votingRound: 'a voting round',
  momentReview: 'a moment of truth',
};

export function explainRefusal(reason: string): string {
  const [code = '', path = ''] = reason.trim().split(/\s+/, 2);
  const why = REASONS[code as RefusalCode] ?? 'the relay did not accept it';
  const kind = KIND_NAMES[path.split('.')[0] ?? ''];
  const what = kind ? `Your change to ${kind} was not saved` : 'Your last change was not saved';
  return `${what}: ${why}. Your copy of the board was reloaded from the relay.`;
}
