import { addNote, type BoardSnapshot, type PendingComment } from '@journeyboard/journey';
import { useState } from 'react';
import { useBoard } from '../board/board-context';
import { attempt } from '../board/edit-actions';
import { useEdit } from '../board/use-edit';

type LaneKind = 'pain-points' | 'opportunities';

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
  readonly onDecide: (id: string, decision: { accept: string } | 'discard') => Promise<string | null>;
}) {
  return (
    <section className="feedback-panel__section" aria-labelledby="feedback-comments-title">
      <h3 id="feedback-comments-title">Pending comments ({comments.length})</h3>
      {comments.length === 0 ? (
        <p>No comments are waiting. Participants and observers never see comments until you accept them.</p>
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
  readonly onDecide: (id: string, decision: { accept: string } | 'discard') => Promise<string | null>;
}) {
  const { user } = useBoard();
  const edit = useEdit();
  const steps = board.steps.filter((s) => s.journeyId === comment.journeyId);
  const stepIds = new Set(steps.map((s) => s.id));
  const [stepId, setStepId] = useState<string>(defaultStepOf(comment, stepIds) ?? steps[0]?.id ?? '');
  const [lane, setLane] = useState<LaneKind>('pain-points');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleOf = (id: string) => steps.find((s) => s.id === id)?.title || 'a removed step';
  const accept = async () => {
    const target = board.lanes.find((l) => l.kind === lane);
    if (!target || !stepIds.has(stepId)) {
      setProblem(
        `This board has no ${lane === 'pain-points' ? 'Pain points' : 'Opportunities'} lane or step to put it in.`,
      );
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
            authorName: 'Customer feedback',
          },
          origin,
        ),
      ),
    );
    if (!written.ok) {
      setProblem(`The note could not be added: ${written.message}`);
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
  const when = new Date(comment.submittedAt).toLocaleString();
  return (
    <li className="feedback-panel__comment">
      <blockquote>{comment.text}</blockquote>
      <p className="feedback-panel__muted">
        {when} · rated {comment.ratings.map((r) => `${titleOf(r.stepId)} ${r.score}/10`).join(', ')}
      </p>
      <div className="feedback-panel__accept">
        <label>
          Step
          <select value={stepId} onChange={(e) => setStepId(e.target.value)}>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || 'Untitled step'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lane
          <select value={lane} onChange={(e) => setLane(e.target.value as LaneKind)}>
            <option value="pain-points">Pain points</option>
            <option value="opportunities">Opportunities</option>
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
          Accept as note
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void discard()}>
          Discard
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
