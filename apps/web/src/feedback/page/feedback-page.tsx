import { FEEDBACK_LIMITS, type FeedbackForm } from '@journeyboard/journey';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Message } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { FeedbackLinkError, fetchFeedbackForm, submitFeedback } from '../feedback-api';
import { draftFrom, type FormDraft, setScore, submissionOf, togglePicked } from './feedback-form-state';
import { StepScore } from './step-score';
import './feedback-page.css';

type PageState =
  | { kind: 'loading' }
  | { kind: 'refused'; error: FeedbackLinkError }
  | { kind: 'form'; form: FeedbackForm; draft: FormDraft }
  | { kind: 'thanks'; form: FeedbackForm; draft: FormDraft; replaced: boolean };

/** The refusal's reason as the messages' select names it. */
const reasonKey = (error: FeedbackLinkError) => error.reason.replace('-', '_');

/** Why the server did not answer, when it is not a refusal the relay worded as a link state. */
function refusalOf(error: unknown): FeedbackLinkError {
  return error instanceof FeedbackLinkError
    ? error
    : new FeedbackLinkError('other', 'server', null, String(error));
}

/**
 * The page a customer opens from a feedback link or QR code (issue 19): no account and no access to the
 * board. They tick the steps they went through, in the journey's order, rate each from 1 to 10, and may
 * add a comment. Everything the server sends is shown as text.
 */
export function FeedbackPage({ token }: { readonly token: string }) {
  const t = useT();
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const title = t('feedback.page.document-title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    let live = true;
    fetchFeedbackForm(token).then(
      (form) => {
        if (!live) return;
        if (form.state === 'paused') {
          setState({
            kind: 'refused',
            error: new FeedbackLinkError('paused', 'paused', 423),
          });
        } else setState({ kind: 'form', form, draft: draftFrom(form) });
      },
      (error: unknown) => {
        if (!live) return;
        setState({ kind: 'refused', error: refusalOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

  return (
    <main className="feedback-page">
      <p className="feedback-page__brand">{t('feedback.page.brand')}</p>
      {state.kind === 'loading' && (
        <p role="status" className="feedback-page__status">
          {t('feedback.page.loading')}
        </p>
      )}
      {state.kind === 'refused' && (
        <section className="feedback-page__refused" aria-labelledby="refused-title">
          <h1 id="refused-title">{t('feedback.page.refused-title', { state: state.error.state })}</h1>
          <p>{t('feedback.page.refused-message', { reason: reasonKey(state.error) })}</p>
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
          <h1 id="thanks-title">{t('feedback.page.thanks-title')}</h1>
          <p role="status">{t('feedback.page.thanks', { replaced: state.replaced ? 'yes' : 'no' })}</p>
          <button
            type="button"
            className="feedback-page__secondary"
            onClick={() => setState({ kind: 'form', form: state.form, draft: state.draft })}
          >
            {t('feedback.page.change')}
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
  const t = useT();
  const [problem, setProblem] = useState<FeedbackLinkError | Message | null>(null);
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
        const refusal = refusalOf(error);
        if (refusal.state !== 'other') onRefused(refusal);
        else setProblem(refusal);
      },
    );
  };
  const picked = form.steps.filter((s) => draft.picked.has(s.id));
  return (
    <form className="feedback-page__form" onSubmit={submit} noValidate>
      <h1>{t('feedback.page.heading')}</h1>
      <p className="feedback-page__journey">{form.title}</p>
      {form.own && <p className="feedback-page__note">{t('feedback.page.answered-before')}</p>}
      <fieldset className="feedback-page__steps">
        <legend>{t('feedback.page.steps-legend')}</legend>
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
        <StepScore
          key={step.id}
          label={t('feedback.page.score-label', { step: step.title })}
          value={draft.scores.get(step.id) ?? null}
          onChange={(score) => onDraft(setScore(draft, step.id, score))}
        />
      ))}
      <label className="feedback-page__comment-label" htmlFor={commentId}>
        {t('feedback.page.comment-label')}
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
        {t('feedback.page.counter', {
          count: String(draft.comment.length),
          max: String(FEEDBACK_LIMITS.commentChars),
        })}
      </p>
      {problem && (
        <p role="alert" className="feedback-page__problem">
          {problem instanceof FeedbackLinkError
            ? t('feedback.page.refused-message', { reason: reasonKey(problem) })
            : t(problem)}
        </p>
      )}
      <button type="submit" className="feedback-page__send" disabled={sending}>
        {sending ? t('feedback.page.sending') : t('feedback.page.send')}
      </button>
    </form>
  );
}
