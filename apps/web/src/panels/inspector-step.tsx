import { mayChange, type Step, type StepPatch } from '@journeyboard/journey';
import { useCallback, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { patchStep, removeStep, splitList } from '../board/edit-actions';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useCollection } from '../board/use-journey';
import { useUiStore } from '../state/ui-store';
import { ConsensusScore } from './consensus-score';
import { SelectField, TextField } from './fields';
import { consensusPatch, parseDuration } from './inspector-values';
import { usePanelSlots } from './panel-slots';
import { StepSummary } from './step-summary';

/** The selected step in the inspector: its form (or summary when read-only) and its workshop ratings. */
export function InspectorStep({ step, canEdit }: { readonly step: Step; readonly canEdit: boolean }) {
  const { StepExtra } = usePanelSlots();
  return (
    <>
      {/* Keyed by step: another step's form starts from its own values, never from a draft of the last. */}
      {canEdit ? <StepForm key={step.id} step={step} /> : <StepSummary step={step} />}
      {StepExtra ? <StepExtra stepId={step.id} stepTitle={step.title} /> : null}
    </>
  );
}

function StepForm({ step }: { readonly step: Step }) {
  const { docs, role } = useBoard();
  // The consensus score and the moment-of-truth verdict are the facilitator's (the declared rule).
  const decides =
    mayChange('step', 'score', { role, identity: null }, { phase: 'mapping', locked: false }) === null;
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const stages = useCollection(docs.content, 'stage');
  const channels = useCollection(docs.content, 'channel');
  const titleRef = useRef<HTMLInputElement>(null);
  const focusRequested = usePanelStore((state) => state.inspectorFocusRequest?.stepId === step.id);
  useEffect(() => {
    if (!focusRequested) return;
    // Selected, so typing replaces the title ("New step") instead of adding to it.
    titleRef.current?.focus();
    titleRef.current?.select();
    usePanelStore.getState().clearInspectorFocus();
  }, [focusRequested]);

  const save = useCallback(
    (patch: StepPatch) => {
      const result = edit((doc, o) => patchStep(doc, step.id, patch, o));
      if (!result.ok) announce(`Not saved: ${result.message}`);
    },
    [edit, step.id, announce],
  );

  const stageOptions = [
    { value: '', label: 'No stage' },
    ...stages
      .filter((s) => s.journeyId === step.journeyId)
      .map((s) => ({ value: s.id, label: s.title || 'Untitled stage' })),
  ];
  const channelOptions = [
    { value: '', label: 'No channel' },
    ...channels.map((c) => ({ value: c.id, label: c.name || 'Untitled channel' })),
  ];

  return (
    <form
      className="form inspector__form"
      onSubmit={(event) => event.preventDefault()}
      aria-label="Edit step"
    >
      <TextField label="Title" value={step.title} inputRef={titleRef} onCommit={(title) => save({ title })} />
      <TextField
        label="Description"
        multiline
        value={step.description}
        onCommit={(description) => save({ description })}
      />
      <div className="field-row">
        <SelectField
          label="Stage"
          value={step.stageId ?? ''}
          options={stageOptions}
          onChange={(value) => save({ stageId: value || null })}
        />
        <SelectField
          label="Channel"
          value={step.channelId ?? ''}
          options={channelOptions}
          onChange={(value) => save({ channelId: value || null })}
        />
      </div>
      <ConsensusScore
        score={step.score}
        stepTitle={step.title || 'this step'}
        decides={decides}
        onChange={(score) => save(consensusPatch(score))}
      />
      {decides ? (
        <MomentOfTruth checked={step.momentOfTruth} onChange={(momentOfTruth) => save({ momentOfTruth })} />
      ) : null}
      <div className="field-row">
        <TextField label="Owner" value={step.owner} onCommit={(owner) => save({ owner })} />
        <TextField
          label="Duration (minutes)"
          inputMode="numeric"
          value={step.durationMinutes === null ? '' : String(step.durationMinutes)}
          onCommit={(text) => {
            const parsed = parseDuration(text);
            if (parsed.ok) save({ durationMinutes: parsed.value });
            else announce(parsed.message);
          }}
        />
      </div>
      <TextField
        label="People"
        hint="Separate with commas"
        value={step.people.join(', ')}
        onCommit={(text) => save({ people: splitList(text) })}
      />
      <TextField
        label="Systems"
        hint="Separate with commas"
        value={step.systems.join(', ')}
        onCommit={(text) => save({ systems: splitList(text) })}
      />
      <TextField label="Doing" multiline value={step.doing} onCommit={(doing) => save({ doing })} />
      <TextField
        label="Thinking"
        multiline
        value={step.thinking}
        onCommit={(thinking) => save({ thinking })}
      />
      <TextField label="Feeling" multiline value={step.feeling} onCommit={(feeling) => save({ feeling })} />
      <TextField label="Notes" multiline value={step.notes} onCommit={(notes) => save({ notes })} />
      <div className="actions actions--start">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            const result = edit((doc, o) => removeStep(doc, step.id, o));
            if (!result.ok) {
              announce(`Not deleted: ${result.message}`);
              return;
            }
            useUiStore.getState().clearSelection();
            announce(`Deleted “${step.title || 'Untitled step'}”. Press Ctrl+Z or Undo to bring it back.`);
          }}
        >
          Delete step
        </button>
      </div>
    </form>
  );
}

function MomentOfTruth({
  checked,
  onChange,
}: {
  readonly checked: boolean;
  readonly onChange: (v: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>Moment of truth</span>
    </label>
  );
}
