import { memo, useId, useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { addStepAtEnd } from '../board/edit-actions';
import {
  EMPTY_STRUCTURE,
  type OutlineStructure,
  type OutlineSection as Section,
} from '../board/outline-structure';
import { usePanelStore } from '../board/panel-store';
import { journeyStepIds, stepNumbers } from '../board/step-numbers';
import { useEdit } from '../board/use-edit';
import { useFirstContentDeferred } from '../board/use-first-content-deferred';
import { useEntity } from '../board/use-journey';
import { notesFor, useNotesByStep } from '../board/use-outline';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { OutlineStep } from './outline-step';

interface OutlineProps {
  readonly structure: OutlineStructure;
  readonly canEdit: boolean;
}

function hasSteps(structure: OutlineStructure): boolean {
  return structure.sections.some((section) => section.stepIds.length > 0);
}

/**
 * The board as a document: stages, then steps with channel, emotion, score and notes. Everything the
 * canvas does with a mouse can be done here with a keyboard or a screen reader.
 */
export const Outline = memo(function Outline({ structure: latest, canEdit }: OutlineProps) {
  const t = useT();
  const structure = useFirstContentDeferred(latest, hasSteps, EMPTY_STRUCTURE);
  const headingId = useId();
  const { docs } = useBoard();
  const notesByStep = useNotesByStep(docs.content);
  const stepCount = structure.sections.reduce((n, section) => n + section.stepIds.length, 0);
  const stageCount = structure.sections.filter((section) => section.stageId !== null).length;
  return (
    <section className="panel outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('panels.outline.title')}
      </h2>
      <p className="outline__summary">
        {t(canEdit ? 'panels.outline.summary-editor' : 'panels.outline.summary-reader', {
          stages: stageCount,
          steps: stepCount,
        })}
      </p>
      {structure.sections.map((section, index) => (
        <OutlineSection
          key={section.stageId ?? 'no-stage'}
          section={section}
          structure={structure}
          position={index}
          canEdit={canEdit}
          notesByStep={notesByStep}
        />
      ))}
    </section>
  );
});

const OutlineSection = memo(function OutlineSection({
  section,
  structure,
  position,
  canEdit,
  notesByStep,
}: {
  readonly section: Section;
  readonly structure: OutlineStructure;
  readonly position: number;
  readonly canEdit: boolean;
  readonly notesByStep: ReturnType<typeof useNotesByStep>;
}) {
  const t = useT();
  const { docs } = useBoard();
  const edit = useEdit();
  const stage = useEntity(docs.content, 'stage', section.stageId);
  const announce = usePanelStore((state) => state.announce);
  const title =
    section.stageId === null
      ? t('panels.outline.no-stage')
      : stage?.title.trim() || t('panels.outline.stage-numbered', { number: position + 1 });
  const headingId = useId();
  // Numbered across the journey, as the canvas numbers them (one rule: step-numbers.ts).
  const numbers = useMemo(() => stepNumbers(journeyStepIds(structure)), [structure]);
  const addHere = () => {
    if (!structure.journeyId) return;
    const journeyId = structure.journeyId;
    const result = edit((doc, o) => addStepAtEnd(doc, journeyId, section.stageId, o));
    if (!result.ok) {
      announce(t('panels.step-not-added', { reason: result.message }));
      return;
    }
    const ui = useUiStore.getState();
    ui.setSelectedStepId(result.value.id);
    ui.requestReveal({ kind: 'step', stepId: result.value.id, field: 'title' });
    usePanelStore.getState().requestInspectorFocus(result.value.id);
    announce(t('panels.outline.step-added', { stage: title }));
  };
  return (
    <div className="outline__stage">
      <h3 id={headingId} className="outline__stage-title">
        {title}
      </h3>
      {stage?.description ? <p className="outline__stage-description">{stage.description}</p> : null}
      {section.stepIds.length === 0 ? <p className="outline__empty">{t('panels.outline.no-steps')}</p> : null}
      <ol className="outline__steps" start={numbers.get(section.stepIds[0] ?? '')}>
        {section.stepIds.map((stepId) => (
          <OutlineStep
            key={stepId}
            stepId={stepId}
            number={numbers.get(stepId) ?? 0}
            structure={structure}
            canEdit={canEdit}
            notes={notesFor(notesByStep, stepId)}
          />
        ))}
      </ol>
      {canEdit ? (
        <button type="button" className="button button--small" onClick={addHere}>
          {t('panels.outline.add-step', { stage: title })}
        </button>
      ) : null}
    </div>
  );
});
