import { memo, useId } from 'react';
import { useBoard } from '../board/board-context';
import { addStepAtEnd } from '../board/edit-actions';
import {
  EMPTY_STRUCTURE,
  type OutlineStructure,
  type OutlineSection as Section,
} from '../board/outline-structure';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useFirstContentDeferred } from '../board/use-first-content-deferred';
import { useEntity } from '../board/use-journey';
import { notesFor, useNotesByStep } from '../board/use-outline';
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
  const structure = useFirstContentDeferred(latest, hasSteps, EMPTY_STRUCTURE);
  const headingId = useId();
  const { docs } = useBoard();
  const notesByStep = useNotesByStep(docs.content);
  const stepCount = structure.sections.reduce((n, section) => n + section.stepIds.length, 0);
  const stageCount = structure.sections.filter((section) => section.stageId !== null).length;
  return (
    <section className="panel outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Journey outline
      </h2>
      <p className="outline__summary">
        {stageCount} {stageCount === 1 ? 'stage' : 'stages'}, {stepCount} {stepCount === 1 ? 'step' : 'steps'}
        {canEdit ? '. Use the buttons on each step to edit, move or delete it.' : '.'}
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
  const { docs } = useBoard();
  const edit = useEdit();
  const stage = useEntity(docs.content, 'stage', section.stageId);
  const announce = usePanelStore((state) => state.announce);
  const title = section.stageId === null ? 'Steps without a stage' : stage?.title || `Stage ${position + 1}`;
  const headingId = useId();
  const addHere = () => {
    if (!structure.journeyId) return;
    const journeyId = structure.journeyId;
    const result = edit((doc, o) => addStepAtEnd(doc, journeyId, section.stageId, o));
    if (!result.ok) {
      announce(`Could not add a step: ${result.message}`);
      return;
    }
    const ui = useUiStore.getState();
    ui.setSelectedStepId(result.value.id);
    ui.requestReveal({ kind: 'step', stepId: result.value.id, field: 'title' });
    usePanelStore.getState().requestInspectorFocus(result.value.id);
    announce(`Step added to ${title}. Type its title in the inspector.`);
  };
  return (
    <div className="outline__stage">
      <h3 id={headingId} className="outline__stage-title">
        {title}
      </h3>
      {stage?.description ? <p className="outline__stage-description">{stage.description}</p> : null}
      {section.stepIds.length === 0 ? <p className="outline__empty">No steps yet.</p> : null}
      <ol className="outline__steps">
        {section.stepIds.map((stepId, index) => (
          <OutlineStep
            key={stepId}
            stepId={stepId}
            number={index + 1}
            structure={structure}
            canEdit={canEdit}
            notes={notesFor(notesByStep, stepId)}
          />
        ))}
      </ol>
      {canEdit ? (
        <button type="button" className="button button--small" onClick={addHere}>
          Add step to {title}
        </button>
      ) : null}
    </div>
  );
});
