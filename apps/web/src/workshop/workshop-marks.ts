import {
  type BallotResults,
  latestClosedRound,
  observeBallotResults,
  observeCollection,
  observeQuestions,
  observeSession,
  type RankedResult,
  readBallotResults,
  readCollection,
  readQuestions,
  readSession,
  roundRanking,
  type SessionSnapshot,
  type StepRatingResult,
  type Vote,
} from '@journeyboard/journey';
import type * as Y from 'yjs';
import { type QuestionBadges, questionBadges } from './question-badges';

// What the workshop adds on the canvas (spotlight, question badges, voting results, whether ratings are
// revealed), computed once per change for the whole board and shared by every card, so hundreds of
// cards cost one observer per document rather than one each.

export interface WorkshopMarks {
  readonly spotlightStepId: string | null;
  readonly ratingsRevealed: boolean;
  readonly questions: QuestionBadges;
  /** The latest closed round's ranking, by item id; kept on the items until a newer round closes. */
  readonly results: ReadonlyMap<string, RankedResult>;
  /** Each step's revealed ratings as the relay published them (empty while hidden). */
  readonly revealedRatings: ReadonlyMap<string, StepRatingResult>;
}

interface Docs {
  readonly content: Y.Doc;
  readonly session: Y.Doc;
  readonly questions: Y.Doc;
}

/**
 * Results of the latest closed round (the relay's published counts, or an older board's dots); the
 * round's own targets are the candidates (deleted ones draw nowhere).
 */
export function latestResults(
  session: SessionSnapshot,
  published: BallotResults,
  votes: readonly Vote[],
): Map<string, RankedResult> {
  const round = latestClosedRound(session.rounds);
  if (!round) return new Map();
  const targets = new Set<string>();
  for (const v of votes) if (v.roundId === round.id) for (const t of v.targetIds) targets.add(t);
  for (const c of published.roundResults.get(round.id)?.counts ?? []) targets.add(c.targetId);
  return new Map(roundRanking(published, votes, round, [...targets]).map((r) => [r.targetId, r]));
}

function revealedOf(
  session: SessionSnapshot,
  published: BallotResults,
): ReadonlyMap<string, StepRatingResult> {
  return session.ratingVisibility === 'revealed' ? published.ratingResults : new Map();
}

export class WorkshopMarksStore {
  private marks: WorkshopMarks;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;

  constructor(private readonly docs: Docs) {
    this.marks = this.compute();
  }

  getMarks = (): WorkshopMarks => this.marks;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.stop) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.stop) {
        this.stop();
        this.stop = null;
      }
    };
  };

  private compute(): WorkshopMarks {
    const session = readSession(this.docs.session);
    const published = readBallotResults(this.docs.session);
    return {
      spotlightStepId: session.spotlightStepId,
      ratingsRevealed: session.ratingVisibility === 'revealed',
      questions: questionBadges(readQuestions(this.docs.questions)),
      results: latestResults(session, published, readCollection(this.docs.content, 'vote')),
      revealedRatings: revealedOf(session, published),
    };
  }

  private update(patch: Partial<WorkshopMarks>) {
    this.marks = { ...this.marks, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private start() {
    // Catch up with changes made while nobody listened.
    this.marks = this.compute();
    const onSession = () => {
      const session = readSession(this.docs.session);
      const published = readBallotResults(this.docs.session);
      const revealed = session.ratingVisibility === 'revealed';
      const results = latestResults(session, published, readCollection(this.docs.content, 'vote'));
      const revealedRatings = revealedOf(session, published);
      if (
        session.spotlightStepId === this.marks.spotlightStepId &&
        revealed === this.marks.ratingsRevealed &&
        sameResults(results, this.marks.results) &&
        JSON.stringify([...revealedRatings]) === JSON.stringify([...this.marks.revealedRatings])
      ) {
        return;
      }
      this.update({
        spotlightStepId: session.spotlightStepId,
        ratingsRevealed: revealed,
        results,
        revealedRatings,
      });
    };
    const offSession = observeSession(this.docs.session, onSession);
    const offPublished = observeBallotResults(this.docs.session, onSession);
    const offQuestions = observeQuestions(this.docs.questions, (questions) =>
      this.update({ questions: questionBadges(questions) }),
    );
    const offVotes = observeCollection(this.docs.content, 'vote', (votes) => {
      const results = latestResults(
        readSession(this.docs.session),
        readBallotResults(this.docs.session),
        votes,
      );
      if (!sameResults(results, this.marks.results)) this.update({ results });
    });
    this.stop = () => {
      offSession();
      offPublished();
      offQuestions();
      offVotes();
    };
  }
}

function sameResults(a: ReadonlyMap<string, RankedResult>, b: ReadonlyMap<string, RankedResult>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, r] of a) {
    const other = b.get(id);
    if (!other || other.count !== r.count || other.rank !== r.rank) return false;
  }
  return true;
}

const stores = new WeakMap<Y.Doc, WorkshopMarksStore>();

/** One store per board (keyed by its content document). */
export function workshopMarksFor(docs: Docs): WorkshopMarksStore {
  let store = stores.get(docs.content);
  if (!store) {
    store = new WorkshopMarksStore(docs);
    stores.set(docs.content, store);
  }
  return store;
}
