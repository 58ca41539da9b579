import { memo, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { moveStepTo, removeStep } from '../board/edit-actions';
import { neighbourTarget, type OutlineStructure } from '../board/outline-structure';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useEntity } from '../board/use-journey';
import type { NoteLine } from '../board/use-outline';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
import { FaceIcon } from '../look/face-icon';
import { useUiStore } from '../state/ui-store';
import { consensusText } from './consensus-text';
import { OutlineNotes } from './outline-notes';
import { usePanelSlots } from './panel-slots';

interface OutlineStepProps {
  readonly stepId: string;
  readonly number: number;
  readonly structure: OutlineStructure;
  readonly canEdit: boolean;
  readonly notes: readonly NoteLine[];
}

/** One step row; subscribes to its own step, so a peer's edit re-renders only this row. */
export const OutlineStep = memo(function OutlineStep({
  stepId,
  number,
  structure,
  canEdit,
  notes,
}: OutlineStepProps) {
  const t = useT();
  const { docs } = useBoard();
  const { StepRating, StepOutlineExtra } = usePanelSlots();
  const edit = useEdit();
  const step = useEntity(docs.content, 'step', stepId);
  const channel = useEntity(docs.content, 'channel', step?.channelId ?? null);
  const selected = useUiStore((state) => state.selectedStepId === stepId);
  const announce = usePanelStore((state) => state.announce);
  const titleButton = useRef<HTMLButtonElement>(null);
  const earlierButton = useRef<HTMLButtonElement>(null);
  const laterButton = useRef<HTMLButtonElement>(null);
  const outlineFocus = usePanelStore((state) =>
    state.outlineFocus?.stepId === stepId ? state.outlineFocus : null,
  );

  useEffect(() => {
    if (!outlineFocus) return;
    // At either end of the journey the pressed button is disabled; the opposite one keeps focus nearby.
    const candidates =
      outlineFocus.control === 'earlier'
        ? [earlierButton.current, laterButton.current]
        : outlineFocus.control === 'later'
          ? [laterButton.current, earlierButton.current]
          : [];
    const target = candidates.find((button) => button && !button.disabled) ?? titleButton.current;
    target?.focus();
    usePanelStore.getState().setOutlineFocus(null);
  }, [outlineFocus]);

  if (!step) return null;
  const title = nameOr(t, 'step', step.title);
  const earlier = neighbourTarget(structure, stepId, -1);
  const later = neighbourTarget(structure, stepId, 1);

  const move = (direction: -1 | 1) => {
    const target = direction < 0 ? earlier : later;
    if (!target) return;
    const result = edit((doc, o) => moveStepTo(doc, stepId, target, o));
    if (!result.ok) {
      announce(t('panels.not-moved', { reason: result.message }));
      return;
    }
    usePanelStore.getState().setOutlineFocus({ stepId, control: direction < 0 ? 'earlier' : 'later' });
    announce(t(direction < 0 ? 'panels.step-moved-earlier' : 'panels.step-moved-later', { step: title }));
  };

  const remove = () => {
    const result = edit((doc, o) => removeStep(doc, stepId, o));
    if (!result.ok) {
      announce(t('panels.not-deleted', { reason: result.message }));
      return;
    }
    if (useUiStore.getState().selectedStepId === stepId) useUiStore.getState().clearSelection();
    const ids = structure.sections.flatMap((section) => section.stepIds);
    const index = ids.indexOf(stepId);
    const neighbour = ids[index + 1] ?? ids[index - 1];
    if (neighbour) usePanelStore.getState().setOutlineFocus({ stepId: neighbour, control: 'title' });
    announce(t('panels.step-deleted', { step: title }));
  };

  return (
    <li
      className={`outline-step ${selected ? 'is-selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
    >
      <div className="outline-step__main">
        <button
          ref={titleButton}
          type="button"
          className="outline-step__title"
          aria-label={t('panels.outline.step-name', { number, step: title })}
          onClick={() => useUiStore.getState().setSelectedStepId(stepId)}
        >
          <span className="outline-step__number" aria-hidden="true">
            {number}.
          </span>{' '}
          {title}
          {step.momentOfTruth ? (
            <span className="outline-step__flag"> · {t('panels.outline.moment-of-truth')}</span>
          ) : null}
        </button>
        <p className="outline-step__facts">
          <span>{channel ? nameOr(t, 'channel', channel.name) : t('panels.no-channel')}</span>
          <span>
            <FaceIcon value={step.score} size={14} />{' '}
            {t('panels.outline.consensus', { score: consensusText(t, step.score) })}
          </span>
        </p>
        {StepOutlineExtra ? <StepOutlineExtra stepId={stepId} stepTitle={title} /> : null}
        {StepRating ? <StepRating stepId={stepId} stepTitle={title} /> : null}
        <OutlineNotes
          stepId={stepId}
          stepTitle={title}
          stepIds={structure.sections.flatMap((section) => section.stepIds)}
          notes={notes}
          canEdit={canEdit}
        />
      </div>
      {canEdit ? (
        <div className="outline-step__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t('panels.edit-named', { name: title })}
            onClick={() => {
              useUiStore.getState().setSelectedStepId(stepId);
              usePanelStore.getState().requestInspectorFocus(stepId);
            }}
          >
            {t('panels.edit')}
          </button>
          <button
            ref={earlierButton}
            type="button"
            className="button button--small button--icon"
            aria-label={t('panels.move-earlier-named', { name: title })}
            disabled={!earlier}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            ref={laterButton}
            type="button"
            className="button button--small button--icon"
            aria-label={t('panels.move-later-named', { name: title })}
            disabled={!later}
            onClick={() => move(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('panels.delete-named', { name: title })}
            onClick={remove}
          >
            {t('panels.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
});
