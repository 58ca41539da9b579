import { FEEDBACK_LIMITS, type FeedbackForm } from '@journeyboard/journey';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { FeedbackLinkError, fetchFeedbackForm, submitFeedback } from '../feedback-api';
import { draftFrom, type FormDraft, setScore, submissionOf, togglePicked } from './feedback-form-state';
import { ScoreScale } from './score-scale';
import './feedback-page.css';

type PageState =
  | { kind: 'loading' }
  | { kind: 'refused'; error: FeedbackLinkError }
  | { kind: 'form'; form: FeedbackForm; draft: FormDraft }
  | { kind: 'thanks'; form: FeedbackForm; draft: FormDraft; replaced: boolean };

const REFUSED_TITLES: Record<FeedbackLinkError['state'], string> = {
  unknown: 'This feedback link does not exist',
  rotated: 'This feedback link was replaced',
  closed: 'This feedback link is closed',
  paused: 'This feedback link is paused',
  other: 'The feedback form could not be loaded',
};

/**
 * The page a customer opens from a feedback link or QR code (issue 19): no account and no access to the
 * board. They tick the steps they went through, in the journey's order, rate each from 1 to 10, and may
 * add a comment. Everything the server sends is shown as text.
 */
export function FeedbackPage({ token }: { readonly token: string }) {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    document.title = 'Your feedback · Journeyboard';
    let live = true;
    fetchFeedbackForm(token).then(
      (form) => {
        if (!live) return;
        if (form.state === 'paused') {
          setState({
            kind: 'refused',
            error: new FeedbackLinkError(
              'paused',
              'It takes no answers for now. Please try again later.',
              423,
            ),
          });
        } else setState({ kind: 'form', form, draft: draftFrom(form) });
      },
      (error: unknown) => {
        if (!live) return;
        const refusal =
          error instanceof FeedbackLinkError ? error : new FeedbackLinkError('other', String(error), null);
        setState({ kind: 'refused', error: refusal });
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

  return (
    <main className="feedback-page">
      <p className="feedback-page__brand">Journeyboard · customer feedback</p>
      {state.kind === 'loading' && (
        <p role="status" className="feedback-page__status">
          Loading the questions…
        </p>
      )}
      {state.kind === 'refused' && (
        <section className="feedback-page__refused" aria-labelledby="refused-title">
          <h1 id="refused-title">{REFUSED_TITLES[state.error.state]}</h1>
          <p>{state.error.message}</p>
        </section>
      )}
      {state.kind === 'form' && (
        <Questions
          token={token}
          form={state.form}
          draft={state.draft}
          onDraft={(draft) => setState({ ...state, draft })}
          onSent={(replaced) => setState({ kind: 'thanks', form: state.form, draft: state.draft, replaced })}
          onRefused={(error) => setState({ kind: 'refused', error })}
        />
      )}
      {state.kind === 'thanks' && (
        <section className="feedback-page__thanks" aria-labelledby="thanks-title">
          <h1 id="thanks-title">Thank you!</h1>
          <p role="status">
            {state.replaced ? 'Your answers were updated.' : 'Your answers were sent.'} They help the team
            improve this journey.
          </p>
          <button
            type="button"
            className="feedback-page__secondary"
            onClick={() => setState({ kind: 'form', form: state.form, draft: state.draft })}
          >
            Change my answers
          </button>
        </section>
      )}
    </main>
  );
}

function Questions({
  token,
  form,
  draft,
  onDraft,
  onSent,
  onRefused,
}: {
  readonly token: string;
  readonly form: FeedbackForm;
  readonly draft: FormDraft;
  readonly onDraft: (draft: FormDraft) => void;
  readonly onSent: (replaced: boolean) => void;
  readonly onRefused: (error: FeedbackLinkError) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const commentId = useId();
  const counterId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submission = submissionOf(draft, form.steps);
    if (!submission.ok) {
      setProblem(submission.message);
      return;
    }
    setProblem(null);
    setSending(true);
    submitFeedback(token, submission.value).then(
      (result) => onSent(result.replaced),
      (error: unknown) => {
        setSending(false);
        if (error instanceof FeedbackLinkError && error.state !== 'other') onRefused(error);
        else setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const picked = form.steps.filter((s) => draft.picked.has(s.id));
  return (
    <form className="feedback-page__form" onSubmit={submit} noValidate>
      <h1>How did it go?</h1>
      <p className="feedback-page__journey">{form.title}</p>
      {form.own && (
        <p className="feedback-page__note">You answered before: change anything and send again.</p>
      )}
      <fieldset className="feedback-page__steps">
        <legend>Which steps did you go through?</legend>
        {form.steps.map((step) => (
          <label key={step.id} className="feedback-page__step">
            <input
              type="checkbox"
              checked={draft.picked.has(step.id)}
              onChange={() => onDraft(togglePicked(draft, step.id))}
            />
            <span>{step.title}</span>
          </label>
        ))}
      </fieldset>
      {picked.map((step) => (
        <ScoreScale
          key={step.id}
          label={`How was “${step.title}”?`}
          value={draft.scores.get(step.id) ?? null}
          onChange={(score) => onDraft(setScore(draft, step.id, score))}
        />
      ))}
      <label className="feedback-page__comment-label" htmlFor={commentId}>
        Anything you want to tell us? (optional)
      </label>
      <textarea
        id={commentId}
        className="feedback-page__comment"
        value={draft.comment}
        maxLength={FEEDBACK_LIMITS.commentChars}
        rows={4}
        aria-describedby={counterId}
        onChange={(event) => onDraft({ ...draft, comment: event.target.value })}
      />
      <p id={counterId} className="feedback-page__counter">
        {draft.comment.length} / {FEEDBACK_LIMITS.commentChars} characters. Please leave out names and contact
        details.
      </p>
      {problem && (
        <p role="alert" className="feedback-page__problem">
          {problem}
        </p>
      )}
      <button type="submit" className="feedback-page__send" disabled={sending}>
        {sending ? 'Sending…' : 'Send my answers'}
      </button>
    </form>
  );
}
