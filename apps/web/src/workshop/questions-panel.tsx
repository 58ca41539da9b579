import {
  answerQuestion,
  askQuestion,
  type Note,
  type Question,
  setQuestionResolved,
} from '@journeyboard/journey';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useBoard } from '../board/board-context';
import { editErrorMessage } from '../board/edit-error';
import { usePanelStore } from '../board/panel-store';
import { canAnswer, canAsk, canResolve } from '../board/permissions';
import { useCollectionDerived } from '../board/use-journey';
import { EvidenceSection } from '../evidence/evidence-section';
import { type Message, t as translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { FloorButton } from './floor-controls';
import { orderForList } from './question-badges';
import { useQuestionsDerived } from './use-questions';
import { selectPhase, useSessionSelector } from './use-session';
import { useStepOptions } from './use-steps';
import { WORKSHOP_ORIGIN } from './workshop-origin';

interface PinOption {
  readonly value: string;
  readonly label: string;
}

const noteOptions = (notes: readonly Note[]) => notes.map((n) => ({ id: n.id, text: n.text }));
const sameNoteOptions = (
  a: readonly { id: string; text: string }[],
  b: readonly { id: string; text: string }[],
) => a.length === b.length && a.every((n, i) => n.id === b[i]!.id && n.text === b[i]!.text);

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Steps and sticky notes a question can be pinned to; values are `step:<id>` or `note:<id>`. Steps and
 * notes are labelled apart, so renaming a step does not word every note's option again (a board can hold
 * thousands); the panel computes them once for the composer and the list.
 */
function usePinOptions(): readonly PinOption[] {
  const { docs } = useBoard();
  const t = useT();
  const steps = useStepOptions();
  const notes = useCollectionDerived(docs.content, 'note', noteOptions, sameNoteOptions);
  const stepPins = useMemo(
    () =>
      steps.map((s) => ({
        value: `step:${s.id}`,
        label: t('workshop.questions.pin-step', { step: s.title }),
      })),
    [steps, t],
  );
  const notePins = useMemo(
    () =>
      notes.map((n) => ({
        value: `note:${n.id}`,
        label: t('workshop.questions.pin-note', {
          note: shorten(n.text || t('workshop.questions.empty-note')),
        }),
      })),
    [notes, t],
  );
  return useMemo(() => [...stepPins, ...notePins], [stepPins, notePins]);
}

const QuestionComposer = memo(function QuestionComposer({ pins }: { readonly pins: readonly PinOption[] }) {
  const { docs, user, role } = useBoard();
  const t = useT();
  const [text, setText] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const post = (event: React.FormEvent) => {
    event.preventDefault();
    const [kind, id] = pin.split(/:(.*)/s);
    try {
      askQuestion(
        docs.questions,
        {
          text,
          authorId: user.id,
          authorName: user.name,
          role,
          stepId: kind === 'step' ? id! : null,
          noteId: kind === 'note' ? id! : null,
        },
        WORKSHOP_ORIGIN,
      );
      setText('');
      setError(null);
      // The emptied field disables the button pressed: the keyboard goes back to the field, not the page.
      field.current?.focus();
      usePanelStore.getState().announce(translate('workshop.questions.posted'));
    } catch (e) {
      setError(editErrorMessage(e));
    }
  };
  return (
    <form className="workshop-composer" onSubmit={post} aria-label={t('workshop.questions.ask')}>
      <textarea
        ref={field}
        aria-label={t('workshop.questions.yours')}
        placeholder={t('workshop.questions.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={2}
      />
      <label className="workshop-field workshop-field--stacked">
        <span>{t('workshop.questions.pin-to')}</span>
        <select value={pin} onChange={(e) => setPin(e.target.value)}>
          <option value="">{t('workshop.questions.whole-journey')}</option>
          {pins.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={text.trim().length === 0}>
        {t('workshop.questions.post')}
      </button>
      {error ? (
        <p role="alert" className="workshop-error">
          {t('workshop.questions.not-posted', { reason: t(error) })}
        </p>
      ) : null}
    </form>
  );
});

const AnswerComposer = memo(function AnswerComposer({ question }: { readonly question: Question }) {
  const { docs, user, role } = useBoard();
  const t = useT();
  const [text, setText] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    answerQuestion(
      docs.questions,
      { questionId: question.id, text, authorId: user.id, authorName: user.name, role },
      WORKSHOP_ORIGIN,
    );
    setText('');
    field.current?.focus();
  };
  return (
    <form className="workshop-answer-form" onSubmit={submit}>
      <input
        ref={field}
        aria-label={t('workshop.questions.answer-to', { question: shorten(question.text, 60) })}
        placeholder={t('workshop.questions.answer-placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={!text.trim()}>
        {t('workshop.questions.answer')}
      </button>
    </form>
  );
});

function sameQuestion(a: Question | null, b: Question | null): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** One question, subscribed to its own entry so others' answers do not re-render it. */
const QuestionItem = memo(function QuestionItem({
  id,
  pinLabels,
}: {
  readonly id: string;
  readonly pinLabels: ReadonlyMap<string, string>;
}) {
  const { docs, role } = useBoard();
  const t = useT();
  const derive = useCallback((all: readonly Question[]) => all.find((q) => q.id === id) ?? null, [id]);
  const question = useQuestionsDerived(docs.questions, derive, sameQuestion);
  if (!question) return null;
  const pinned = question.noteId
    ? pinLabels.get(`note:${question.noteId}`)
    : question.stepId
      ? pinLabels.get(`step:${question.stepId}`)
      : null;
  return (
    <li
      className={`workshop-question${question.resolved ? ' workshop-question--resolved' : ''}`}
      aria-label={
        question.authorName
          ? t('workshop.questions.from', { name: question.authorName })
          : t('workshop.questions.from-someone')
      }
      data-testid="question"
    >
      <p className="workshop-question__text">{question.text}</p>
      <p className="workshop-question__meta">
        {t('workshop.questions.author', {
          name: question.authorName || t('workshop.questions.someone'),
          role: t('workshop.role', { role: question.role }),
        })}
        {pinned ? ` · ${pinned}` : ''}
        {question.resolved ? ` · ${t('workshop.questions.resolved')}` : ''}
      </p>
      {question.answers.length > 0 ? (
        <ul className="workshop-question__answers">
          {question.answers.map((a) => (
            <li key={a.id}>
              <strong>{a.authorName || t('workshop.role', { role: a.role })}:</strong> {a.text}
            </li>
          ))}
        </ul>
      ) : null}
      <EvidenceSection
        parent={{ kind: 'question', id: question.id }}
        title={t('workshop.questions.evidence')}
      />
      {canAnswer(role) && !question.resolved ? <AnswerComposer question={question} /> : null}
      {canResolve(role) ? (
        <button
          type="button"
          onClick={() =>
            setQuestionResolved(docs.questions, question.id, !question.resolved, WORKSHOP_ORIGIN)
          }
          aria-label={t(
            question.resolved ? 'workshop.questions.reopen-label' : 'workshop.questions.resolve-label',
            {
              question: shorten(question.text, 60),
            },
          )}
        >
          {t(question.resolved ? 'workshop.questions.reopen' : 'workshop.questions.resolve')}
        </button>
      ) : null}
      <FloorButton question={question} />
    </li>
  );
});

const listIds = (questions: readonly Question[]) => orderForList(questions).map((q) => q.id);
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const QuestionsPanel = memo(function QuestionsPanel() {
  const { docs, role } = useBoard();
  const t = useT();
  const phase = useSessionSelector(docs.session, selectPhase);
  const ids = useQuestionsDerived(docs.questions, listIds, sameIds);
  const pins = usePinOptions();
  const pinLabels = useMemo(() => new Map(pins.map((p) => [p.value, p.label])), [pins]);
  return (
    <div className="workshop-questions">
      {canAsk(role, { phase, locked: false }) ? (
        <QuestionComposer pins={pins} />
      ) : (
        <p className="workshop-questions__closed" data-testid="questions-closed">
          {t('workshop.questions.closed')}
        </p>
      )}
      {ids.length === 0 ? (
        <p>{t('workshop.questions.empty')}</p>
      ) : (
        <ul className="workshop-questions__list" aria-label={t('workshop.questions.list')}>
          {ids.map((id) => (
            <QuestionItem key={id} id={id} pinLabels={pinLabels} />
          ))}
        </ul>
      )}
    </div>
  );
});
