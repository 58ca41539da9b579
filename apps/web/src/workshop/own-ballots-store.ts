import type { OwnBallots, RatingBallotBody } from '@journeyboard/journey';
import { type BallotCaller, deleteRating, fetchOwnBallots, putDots, putRating } from './ballot-api';

export interface OwnBallotsState {
  /** The caller's ballots as the relay last answered; null until the first answer. */
  readonly ballots: OwnBallots | null;
  /** Why the last request failed, in words for the person; null after a success. */
  readonly error: string | null;
}

type Api = {
  readonly fetchOwn: typeof fetchOwnBallots;
  readonly putRating: typeof putRating;
  readonly deleteRating: typeof deleteRating;
  readonly putDots: typeof putDots;
};
const DEFAULT_API: Api = { fetchOwn: fetchOwnBallots, putRating, deleteRating, putDots };

/**
 * This person's own ballots on the open board, shared by every rating and voting control. Every change
 * goes to the relay, which answers with the ballots as it stored them; nothing here throws (a refusal
 * becomes `error`, and the `onError` callback announces it).
 */
export class OwnBallotsStore {
  private state: OwnBallotsState = { ballots: null, error: null };
  private readonly listeners = new Set<() => void>();
  /** Requests run one after another, so answers arrive in the order the changes were made. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly caller: BallotCaller,
    private readonly onError: (message: string) => void = () => {},
    private readonly api: Api = DEFAULT_API,
  ) {}

  getState = (): OwnBallotsState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the relay for this person's ballots (on opening the board, and after a reconnection). */
  load(): Promise<void> {
    return this.run(() => this.api.fetchOwn(this.caller));
  }

  rate(stepId: string, body: RatingBallotBody): Promise<void> {
    return this.run(() => this.api.putRating(this.caller, stepId, body));
  }

  withdraw(stepId: string): Promise<void> {
    return this.run(() => this.api.deleteRating(this.caller, stepId));
  }

  setDots(roundId: string, targetIds: readonly string[]): Promise<void> {
    return this.run(() => this.api.putDots(this.caller, roundId, { targetIds: [...targetIds] }));
  }

  private run(request: () => Promise<OwnBallots>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        this.set({ ballots: await request(), error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.set({ ...this.state, error: message });
        this.onError(message);
      }
    });
    return this.queue;
  }

  private set(next: OwnBallotsState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
