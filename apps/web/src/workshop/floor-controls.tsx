import type { Question } from '@journeyboard/journey';
import { memo, useCallback, useState } from 'react';
import { useBoard } from '../board/board-context';
import { editErrorMessage } from '../board/edit-error';
import { usePanelStore } from '../board/panel-store';
import { canGiveFloor } from '../board/permissions';
import { type Message, t as translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { type FloorAction, floorActionFor, floorHolderName, runFloorAction } from './floor-action';
import { useQuestionsDerived } from './use-questions';
import { useSessionSelector } from './use-session';
import { WORKSHOP_ORIGIN } from './workshop-origin';

const selectFloor = (s: { floorAuthorId: string | null }) => s.floorAuthorId;

/** Runs a floor action as the facilitator, says what happened, and returns why not if it failed. */
function useRunFloor(name: string): (action: FloorAction) => Message | null {
  const { docs } = useBoard();
  return useCallback(
    (action: FloorAction) => {
      const error = runFloorAction(docs.session, action, WORKSHOP_ORIGIN);
      if (error) return editErrorMessage(error);
      usePanelStore
        .getState()
        .announce(
          action.kind === 'give'
            ? translate('workshop.floor.given', { name })
            : translate('workshop.floor.taken'),
        );
      return null;
    },
    [docs.session, name],
  );
}

/** On an observer's question, for the facilitator: give them the floor, or take it back. */
export const FloorButton = memo(function FloorButton({ question }: { readonly question: Question }) {
  const { role } = useBoard();
  // Only the facilitator's view of an observer's question watches the floor (one subscription each).
  if (!canGiveFloor(role) || question.role !== 'observer') return null;
  return <FloorToggle question={question} />;
});

const FloorToggle = memo(function FloorToggle({ question }: { readonly question: Question }) {
  const { docs, role } = useBoard();
  const t = useT();
  const holder = useSessionSelector(docs.session, selectFloor);
  const name = question.authorName || t('workshop.questions.someone');
  const run = useRunFloor(name);
  const [error, setError] = useState<Message | null>(null);
  const action = floorActionFor(question, role, holder);
  if (!action) return null;
  return (
    <>
      <button
        type="button"
        className="workshop-floor__give"
        aria-pressed={action.kind === 'take'}
        aria-label={t(action.ariaKey, { name })}
        onClick={() => setError(run(action))}
      >
        {t(action.labelKey)}
      </button>
      {error ? (
        <p role="alert" className="workshop-error">
          {t('workshop.floor.not-changed', { reason: t(error) })}
        </p>
      ) : null}
    </>
  );
});

const authors = (questions: readonly Question[]) =>
  questions.map(({ authorId, authorName, createdAt }) => ({ authorId, authorName, createdAt }));
const sameAuthors = (a: ReturnType<typeof authors>, b: ReturnType<typeof authors>) =>
  a.length === b.length &&
  a.every((x, i) => x.authorId === b[i]!.authorId && x.authorName === b[i]!.authorName);

/**
 * Who has the floor, for everyone: the holder reads that everyone sees their pointer, the others whose
 * pointer they see; the facilitator can take it back from here too.
 */
export const FloorStatus = memo(function FloorStatus() {
  const { docs, role, user } = useBoard();
  const t = useT();
  const holder = useSessionSelector(docs.session, selectFloor);
  const questions = useQuestionsDerived(docs.questions, authors, sameAuthors);
  const name = floorHolderName(questions, holder) ?? t('workshop.questions.someone');
  const run = useRunFloor(name);
  const take = (): void => {
    run({ kind: 'take', labelKey: 'workshop.floor.take', ariaKey: 'workshop.floor.take-label' });
  };
  return (
    <div className="workshop-floor">
      <p role="status" className="workshop-floor__status">
        {holder === null
          ? null
          : t(holder === user.id ? 'workshop.floor.yours' : 'workshop.floor.held', { name })}
      </p>
      {holder !== null && canGiveFloor(role) ? (
        <button type="button" aria-label={t('workshop.floor.take-label', { name })} onClick={take}>
          {t('workshop.floor.take')}
        </button>
      ) : null}
    </div>
  );
});
