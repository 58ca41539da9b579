/**
 * When the spotlight moves to a step, everyone else's canvas brings that step into view, once per change.
 * Only a change made while this person watched counts: not the spotlight their copy of the board already
 * had (the board's first load, catching up after a reconnection), nor their own choice. Someone who pans
 * away afterwards stays where they went until the spotlight changes again.
 */
export interface SpotlightChange {
  readonly previous: string | null;
  readonly next: string | null;
  /** This browser made the change: the facilitator who picked the step. */
  readonly local: boolean;
  /** The session document was in step with the relay when the change arrived. */
  readonly live: boolean;
}

/** The step to bring into view, or null for none. */
export function spotlightToShow(change: SpotlightChange): string | null {
  if (change.local || !change.live || change.next === null || change.next === change.previous) return null;
  return change.next;
}
