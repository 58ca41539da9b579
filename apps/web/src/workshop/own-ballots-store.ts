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
  /**
   * Dots sent but not yet answered, per round: a second click before the first answer builds on what the
   * first one sent, not on the last answer (two quick clicks place two dots, not one).
   */
  private readonly sentDots = new Map<string, { targetIds: readonly string[]; pending: number }>();

  constructor(
    private readonly caller: BallotCaller,
    /** Told of each failed request, with what it threw (the board words why, in the reader's language). */
    private readonly onError: (error: unknown) => void = () => {},
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
    return this.changeDots(roundId, () => targetIds);
  }

  /**
   * Changes this person's dots in a round from the latest dots they chose (sent or answered); `change`
   * answers the new dots, or null for no change (e.g. none left).
   */
  changeDots(
    roundId: string,
    change: (current: readonly string[]) => readonly string[] | null,
  ): Promise<void> {
    const sent = this.sentDots.get(roundId);
    const answered = this.state.ballots?.votes.find((v) => v.roundId === roundId)?.targetIds ?? [];
    const next = change(sent ? sent.targetIds : answered);
    if (!next) return this.queue;
    this.sentDots.set(roundId, { targetIds: next, pending: (sent?.pending ?? 0) + 1 });
    return this.run(() => this.api.putDots(this.caller, roundId, { targetIds: [...next] })).finally(() => {
      const now = this.sentDots.get(roundId);
      if (now && --now.pending === 0) this.sentDots.delete(roundId);
    });
  }

  private run(request: () => Promise<OwnBallots>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        this.set({ ballots: await request(), error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.set({ ...this.state, error: message });
        this.onError(error);
      }
    });
    return this.queue;
  }

  private set(next: OwnBallotsState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
