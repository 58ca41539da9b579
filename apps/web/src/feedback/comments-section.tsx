import { addNote, type BoardSnapshot, type PendingComment } from '@journeyboard/journey';
import { useState } from 'react';
import { useBoard } from '../board/board-context';
import { attempt } from '../board/edit-actions';
import { useEdit } from '../board/use-edit';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { type FeedbackProblem, feedbackProblemText } from './api-problem';

type LaneKind = 'pain-points' | 'opportunities';

type Decide = (id: string, decision: { accept: string } | 'discard') => Promise<FeedbackProblem | null>;

/** What went wrong with a comment: a request the relay refused, or the note the board did not take. */
type CommentProblem =
  | FeedbackProblem
  | { readonly action: 'no-lane'; readonly lane: LaneKind }
  | 'note-failed';

/** The step a comment is most likely about: the one its author rated lowest (on this board). */
export function defaultStepOf(comment: PendingComment, stepIds: ReadonlySet<string>): string | null {
  const rated = comment.ratings.filter((r) => stepIds.has(r.stepId));
  if (rated.length === 0) return null;
  return rated.reduce((low, r) => (r.score < low.score ? r : low)).stepId;
}

/**
 * Customers' comments waiting for the facilitator. Nobody else sees them (the relay serves them to the
 * facilitator's key only) until one is accepted: then it becomes a note in the Pain points or
 * Opportunities lane of a step, written by the facilitator like any note. Discarded ones are gone.
 */
export function CommentsSection({
  comments,
  board,
  onDecide,
}: {
  readonly comments: readonly PendingComment[];
  readonly board: BoardSnapshot;
  readonly onDecide: Decide;
}) {
  const t = useT();
  return (
    <section className="feedback-panel__section" aria-labelledby="feedback-comments-title">
      <h3 id="feedback-comments-title">{t('feedback.comments.title', { count: String(comments.length) })}</h3>
      {comments.length === 0 ? (
        <p>{t('feedback.comments.none')}</p>
      ) : (
        <ul className="feedback-panel__comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} board={board} onDecide={onDecide} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  board,
  onDecide,
}: {
  readonly comment: PendingComment;
  readonly board: BoardSnapshot;
  readonly onDecide: Decide;
}) {
  const t = useT();
  const language = useLanguage();
  const { user } = useBoard();
  const edit = useEdit();
  const steps = board.steps.filter((s) => s.journeyId === comment.journeyId);
  const stepIds = new Set(steps.map((s) => s.id));
  const [stepId, setStepId] = useState<string>(defaultStepOf(comment, stepIds) ?? steps[0]?.id ?? '');
  const [lane, setLane] = useState<LaneKind>('pain-points');
  const [problem, setProblem] = useState<CommentProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const titleOf = (id: string) =>
    steps.find((s) => s.id === id)?.title || t('feedback.comments.removed-step');
  const accept = async () => {
    const target = board.lanes.find((l) => l.kind === lane);
    if (!target || !stepIds.has(stepId)) {
      setProblem({ action: 'no-lane', lane });
      return;
    }
    const written = edit((doc, origin) =>
      attempt(() =>
        addNote(
          doc,
          {
            stepId,
            laneId: target.id,
            text: comment.text,
            authorId: user.id,
            // Written into the board in the language of the facilitator who accepts it (content).
            authorName: t('feedback.comments.author'),
          },
          origin,
        ),
      ),
    );
    if (!written.ok) {
      console.error('the accepted comment’s note was not written:', written.message);
      setProblem('note-failed');
      return;
    }
    setBusy(true);
    setProblem(await onDecide(comment.id, { accept: written.value.id }));
    setBusy(false);
  };
  const discard = async () => {
    setBusy(true);
    setProblem(await onDecide(comment.id, 'discard'));
    setBusy(false);
  };
  const when = formatDateTime(language, comment.submittedAt);
  const problemText = (p: CommentProblem) =>
    p === 'note-failed'
      ? t('feedback.comments.note-failed')
      : p.action === 'no-lane'
        ? t('feedback.comments.no-lane', { lane: t(`lane-kind.${p.lane}`) })
        : feedbackProblemText(t, p);
  return (
    <li className="feedback-panel__comment">
      <blockquote>{comment.text}</blockquote>
      <p className="feedback-panel__muted">
        {t('feedback.comments.rated', {
          when,
          ratings: comment.ratings.map((r) => `${titleOf(r.stepId)} ${r.score}/10`).join(', '),
        })}
      </p>
      <div className="feedback-panel__accept">
        <label>
          {t('feedback.comments.step')}
          <select value={stepId} onChange={(e) => setStepId(e.target.value)}>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || t('feedback.untitled-step')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('feedback.comments.lane')}
          <select value={lane} onChange={(e) => setLane(e.target.value as LaneKind)}>
            <option value="pain-points">{t('lane-kind.pain-points')}</option>
            <option value="opportunities">{t('lane-kind.opportunities')}</option>
          </select>
        </label>
      </div>
      <div className="feedback-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void accept()}
        >
          {t('feedback.comments.accept')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void discard()}>
          {t('feedback.comments.discard')}
        </button>
      </div>
      {problem && <p role="alert">{problemText(problem)}</p>}
    </li>
  );
}
