import {
  latestClosedRound,
  observeCollection,
  observeQuestions,
  observeSession,
  type RankedResult,
  rankedResults,
  readCollection,
  readQuestions,
  readSession,
  type SessionSnapshot,
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
}

interface Docs {
  readonly content: Y.Doc;
  readonly session: Y.Doc;
  readonly questions: Y.Doc;
}

/** Results of the latest closed round; the round's own targets are the candidates (deleted ones draw nowhere). */
export function latestResults(session: SessionSnapshot, votes: readonly Vote[]): Map<string, RankedResult> {
  const round = latestClosedRound(session.rounds);
  if (!round) return new Map();
  const targets = new Set<string>();
  for (const v of votes) if (v.roundId === round.id) for (const t of v.targetIds) targets.add(t);
  return new Map(rankedResults(votes, round, [...targets]).map((r) => [r.targetId, r]));
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
    return {
      spotlightStepId: session.spotlightStepId,
      ratingsRevealed: session.ratingVisibility === 'revealed',
      questions: questionBadges(readQuestions(this.docs.questions)),
      results: latestResults(session, readCollection(this.docs.content, 'vote')),
    };
  }

  private update(patch: Partial<WorkshopMarks>) {
    this.marks = { ...this.marks, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private start() {
    // Catch up with changes made while nobody listened.
    this.marks = this.compute();
    const offSession = observeSession(this.docs.session, (session) => {
      const revealed = session.ratingVisibility === 'revealed';
      const results = latestResults(session, readCollection(this.docs.content, 'vote'));
      if (
        session.spotlightStepId === this.marks.spotlightStepId &&
        revealed === this.marks.ratingsRevealed &&
        sameResults(results, this.marks.results)
      ) {
        return;
      }
      this.update({ spotlightStepId: session.spotlightStepId, ratingsRevealed: revealed, results });
    });
    const offQuestions = observeQuestions(this.docs.questions, (questions) =>
      this.update({ questions: questionBadges(questions) }),
    );
    const offVotes = observeCollection(this.docs.content, 'vote', (votes) => {
      const results = latestResults(readSession(this.docs.session), votes);
      if (!sameResults(results, this.marks.results)) this.update({ results });
    });
    this.stop = () => {
      offSession();
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
