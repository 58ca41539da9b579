import { FEEDBACK_LIMITS, type FeedbackForm } from '@journeyboard/journey';
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { Message } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { FeedbackLinkError, fetchFeedbackForm, submitFeedback } from '../feedback-api';
import {
  draftFrom,
  type FormDraft,
  setScore,
  stillMissing,
  submissionOf,
  togglePicked,
} from './feedback-form-state';
import { StepScore } from './step-score';
import './feedback-page.css';

type PageState =
  | { kind: 'loading' }
  | { kind: 'refused'; error: FeedbackLinkError; afterSend?: boolean }
  | { kind: 'form'; form: FeedbackForm; draft: FormDraft; again?: boolean }
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
 * Gives the keyboard to a screen's heading when the screen replaced the one it was on (the button pressed
 * is gone), so focus is not lost to the page's body and a screen reader reads where it is.
 */
function useFocusOnArrival(heading: RefObject<HTMLHeadingElement | null>, arrived: boolean): void {
  useEffect(() => {
    if (arrived) heading.current?.focus({ preventScroll: false });
  }, [heading, arrived]);
}

function Refused({ error, afterSend }: { readonly error: FeedbackLinkError; readonly afterSend: boolean }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, afterSend);
  return (
    <section className="feedback-page__refused" aria-labelledby="refused-title">
      <h1 id="refused-title" ref={heading} tabIndex={-1}>
        {t('feedback.page.refused-title', { state: error.state })}
      </h1>
      <p>{t('feedback.page.refused-message', { reason: reasonKey(error) })}</p>
    </section>
  );
}

function Thanks({ replaced, onChange }: { readonly replaced: boolean; readonly onChange: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, true);
  return (
    <section className="feedback-page__thanks" aria-labelledby="thanks-title">
      <h1 id="thanks-title" ref={heading} tabIndex={-1}>
        {t('feedback.page.thanks-title')}
      </h1>
      <p role="status">{t('feedback.page.thanks', { replaced: replaced ? 'yes' : 'no' })}</p>
      <button type="button" className="feedback-page__secondary" onClick={onChange}>
        {t('feedback.page.change')}
      </button>
    </section>
  );
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
      {state.kind === 'refused' && <Refused error={state.error} afterSend={state.afterSend === true} />}
      {state.kind === 'form' && (
        <Questions
          token={token}
          form={state.form}
          draft={state.draft}
          again={state.again === true}
          onDraft={(draft) => setState({ ...state, draft })}
          onSent={(replaced) => setState({ kind: 'thanks', form: state.form, draft: state.draft, replaced })}
          onRefused={(error) => setState({ kind: 'refused', error, afterSend: true })}
        />
      )}
      {state.kind === 'thanks' && (
        <Thanks
          replaced={state.replaced}
          onChange={() => setState({ kind: 'form', form: state.form, draft: state.draft, again: true })}
        />
      )}
    </main>
  );
}

function Questions({
  token,
  form,
  draft,
  again,
  onDraft,
  onSent,
  onRefused,
}: {
  readonly token: string;
  readonly form: FeedbackForm;
  readonly draft: FormDraft;
  /** Back from the thanks to change the answers: the keyboard starts at the form's heading. */
  readonly again: boolean;
  readonly onDraft: (draft: FormDraft) => void;
  readonly onSent: (replaced: boolean) => void;
  readonly onRefused: (error: FeedbackLinkError) => void;
}) {
  const t = useT();
  const [problem, setProblem] = useState<FeedbackLinkError | Message | null>(null);
  const [sending, setSending] = useState(false);
  const commentId = useId();
  const counterId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, again);
  const change = (next: FormDraft) => {
    onDraft(next);
    // While the page says what is missing, it follows the change (a server's refusal stays until sent again).
    if (problem && !(problem instanceof FeedbackLinkError)) setProblem(stillMissing(next, form.steps));
  };
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
  const tooLong = draft.comment.length > FEEDBACK_LIMITS.commentChars;
  return (
    <form className="feedback-page__form" onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('feedback.page.heading')}
      </h1>
      <p className="feedback-page__journey">{form.title}</p>
      {form.own && <p className="feedback-page__note">{t('feedback.page.answered-before')}</p>}
      <fieldset className="feedback-page__steps">
        <legend>{t('feedback.page.steps-legend')}</legend>
        {form.steps.map((step) => (
          <label key={step.id} className="feedback-page__step">
            <input
              type="checkbox"
              checked={draft.picked.has(step.id)}
              onChange={() => change(togglePicked(draft, step.id))}
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
          onChange={(score) => change(setScore(draft, step.id, score))}
        />
      ))}
      <label className="feedback-page__comment-label" htmlFor={commentId}>
        {t('feedback.page.comment-label')}
      </label>
      <textarea
        id={commentId}
        className="feedback-page__comment"
        value={draft.comment}
        // No maxLength: the browser would cut a long paste silently; the counter and the check say it.
        rows={4}
        aria-describedby={counterId}
        aria-invalid={tooLong}
        onChange={(event) => change({ ...draft, comment: event.target.value })}
      />
      <p id={counterId} className={`feedback-page__counter${tooLong ? ' feedback-page__counter--over' : ''}`}>
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
