import { type EmotionLabel, listEmotions, mayChange, type Step, type StepPatch } from '@journeyboard/journey';
import { useCallback, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { patchStep, removeStep, splitList } from '../board/edit-actions';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useCollection } from '../board/use-journey';
import { StepMeasured } from '../feedback/step-measured';
import { useUiStore } from '../state/ui-store';
import { StepWorkshop } from '../workshop/step-workshop';
import { SelectField, TextField } from './fields';
import { parseDuration, parseScore, SCORE_OPTIONS } from './inspector-values';
import { StepSummary } from './step-summary';

const EMOTION_OPTIONS = [
  { value: '', label: 'No emotion' },
  ...listEmotions().map((emotion) => ({ value: emotion.label, label: `${emotion.emoji} ${emotion.name}` })),
];

/** The selected step in the inspector: its form (or summary when read-only) and its workshop ratings. */
export function InspectorStep({ step, canEdit }: { readonly step: Step; readonly canEdit: boolean }) {
  return (
    <>
      {canEdit ? <StepForm step={step} /> : <StepSummary step={step} />}
      <StepWorkshop stepId={step.id} stepTitle={step.title} />
      <StepMeasured stepId={step.id} />
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
    titleRef.current?.focus();
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
      <div className="field-row">
        <SelectField
          label="Emotion"
          value={step.emotion ?? ''}
          options={EMOTION_OPTIONS}
          onChange={(value) => save({ emotion: (value || null) as EmotionLabel | null })}
        />
        {decides ? (
          <SelectField
            label="Score"
            value={step.score === null ? '' : String(step.score)}
            options={SCORE_OPTIONS}
            onChange={(value) => save({ score: parseScore(value) })}
          />
        ) : (
          <p className="field field--read-only">
            Consensus score (the facilitator’s): {step.score === null ? 'not set' : `${step.score} of 10`}
          </p>
        )}
      </div>
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
