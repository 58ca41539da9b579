import { mayChange, type Step, type StepPatch } from '@journeyboard/journey';
import { useCallback, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { patchStep, removeStep, splitList } from '../board/edit-actions';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useCollection } from '../board/use-journey';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
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
  const t = useT();
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
      if (!result.ok) announce(t('panels.not-saved', { reason: result.message }));
    },
    [edit, step.id, announce, t],
  );

  const stageOptions = [
    { value: '', label: t('panels.inspector.no-stage') },
    ...stages
      .filter((s) => s.journeyId === step.journeyId)
      .map((s) => ({ value: s.id, label: nameOr(t, 'stage', s.title) })),
  ];
  const channelOptions = [
    { value: '', label: t('panels.no-channel') },
    ...channels.map((c) => ({ value: c.id, label: nameOr(t, 'channel', c.name) })),
  ];

  return (
    <form
      className="form inspector__form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t('panels.inspector.form')}
    >
      <TextField
        label={t('panels.field.title')}
        value={step.title}
        inputRef={titleRef}
        onCommit={(title) => save({ title })}
      />
      <TextField
        label={t('panels.field.description')}
        multiline
        value={step.description}
        onCommit={(description) => save({ description })}
      />
      <div className="field-row">
        <SelectField
          label={t('panels.field.stage')}
          value={step.stageId ?? ''}
          options={stageOptions}
          onChange={(value) => save({ stageId: value || null })}
        />
        <SelectField
          label={t('panels.field.channel')}
          value={step.channelId ?? ''}
          options={channelOptions}
          onChange={(value) => save({ channelId: value || null })}
        />
      </div>
      <ConsensusScore
        score={step.score}
        stepTitle={step.title.trim() || t('panels.consensus.this-step')}
        decides={decides}
        onChange={(score) => save(consensusPatch(score))}
      />
      {decides ? (
        <MomentOfTruth checked={step.momentOfTruth} onChange={(momentOfTruth) => save({ momentOfTruth })} />
      ) : null}
      <div className="field-row">
        <TextField label={t('panels.field.owner')} value={step.owner} onCommit={(owner) => save({ owner })} />
        <TextField
          label={t('panels.field.duration')}
          inputMode="numeric"
          value={step.durationMinutes === null ? '' : String(step.durationMinutes)}
          onCommit={(text) => {
            const parsed = parseDuration(text);
            if (parsed.ok) save({ durationMinutes: parsed.value });
            else announce(t(parsed.message));
          }}
        />
      </div>
      <TextField
        label={t('panels.field.people')}
        hint={t('panels.field.list-hint')}
        value={step.people.join(', ')}
        onCommit={(text) => save({ people: splitList(text) })}
      />
      <TextField
        label={t('panels.field.systems')}
        hint={t('panels.field.list-hint')}
        value={step.systems.join(', ')}
        onCommit={(text) => save({ systems: splitList(text) })}
      />
      <TextField
        label={t('panels.field.doing')}
        multiline
        value={step.doing}
        onCommit={(doing) => save({ doing })}
      />
      <TextField
        label={t('panels.field.thinking')}
        multiline
        value={step.thinking}
        onCommit={(thinking) => save({ thinking })}
      />
      <TextField
        label={t('panels.field.feeling')}
        multiline
        value={step.feeling}
        onCommit={(feeling) => save({ feeling })}
      />
      <TextField
        label={t('panels.field.notes')}
        multiline
        value={step.notes}
        onCommit={(notes) => save({ notes })}
      />
      <div className="actions actions--start">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            const result = edit((doc, o) => removeStep(doc, step.id, o));
            if (!result.ok) {
              announce(t('panels.not-deleted', { reason: result.message }));
              return;
            }
            useUiStore.getState().clearSelection();
            announce(t('panels.step-deleted', { step: nameOr(t, 'step', step.title) }));
          }}
        >
          {t('panels.inspector.delete')}
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
  const t = useT();
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('panels.field.moment-of-truth')}</span>
    </label>
  );
}
