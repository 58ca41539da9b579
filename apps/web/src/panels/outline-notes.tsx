import { readCollection } from '@journeyboard/journey';
import { memo, useEffect, useRef, useState } from 'react';
import { useBoard } from '../board/board-context';
import { addNoteIn, editNoteText, moveNoteTo, removeNote } from '../board/note-actions';
import { type LaneNotes, notesByLane, reorderTarget, stepTarget } from '../board/outline-notes';
import { type NoteControl, usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useCollection } from '../board/use-journey';
import type { NoteLine } from '../board/use-outline';
import { nameOr } from '../i18n/untitled';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { RovingToolbar } from './roving-toolbar';

interface OutlineNotesProps {
  readonly stepId: string;
  readonly stepTitle: string;
  /** Every step id in the journey's order, for moving a note to the previous or next step. */
  readonly stepIds: readonly string[];
  readonly notes: readonly NoteLine[];
  readonly canEdit: boolean;
}

/**
 * A step's notes in every lane, as text: read-only, a list; for editors, each note's text is a field
 * and a toolbar moves it (within its cell, or to the previous or next step) or deletes it, and a small
 * form adds a note to any lane. Everything the canvas does with notes, without a mouse.
 */
export const OutlineNotes = memo(function OutlineNotes(props: OutlineNotesProps) {
  const t = useT();
  const { docs } = useBoard();
  const lanes = useCollection(docs.content, 'lane');
  const groups = notesByLane(lanes, props.notes);
  return (
    <>
      {props.notes.length > 0 ? (
        <ul className="outline-step__notes" aria-label={t('panels.notes.list')}>
          {groups.flatMap((group) =>
            group.notes.map((note, index) =>
              props.canEdit ? (
                <NoteItem key={note.id} note={note} number={index + 1} group={group} {...props} />
              ) : (
                <li key={note.id}>
                  <span className="outline-step__lane">{group.title}:</span> {nameOr(t, 'note', note.text)}
                </li>
              ),
            ),
          )}
        </ul>
      ) : null}
      {props.canEdit ? <AddNote stepId={props.stepId} stepTitle={props.stepTitle} lanes={groups} /> : null}
    </>
  );
});

function NoteItem({
  note,
  number,
  group,
  stepId,
  stepTitle,
  stepIds,
}: OutlineNotesProps & { readonly note: NoteLine; readonly number: number; readonly group: LaneNotes }) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const name = t('panels.note.name', { lane: group.title, number, step: stepTitle });
  const buttons = useRef(new Map<NoteControl, HTMLButtonElement | null>());
  const [editing, setEditing] = useState(false);
  const focus = usePanelStore((state) => (state.noteFocus?.id === note.id ? state.noteFocus : null));
  const earlier = reorderTarget(group.notes, note.id, -1);
  const later = reorderTarget(group.notes, note.id, 1);
  const previousStep = stepIds.indexOf(stepId) > 0;
  const nextStep = stepIds.indexOf(stepId) < stepIds.length - 1;

  useEffect(() => {
    if (!focus) return;
    const button = buttons.current.get(focus.control);
    if (button && !button.disabled) button.focus();
    else buttons.current.get('text')?.focus();
    usePanelStore.getState().setNoteFocus(null);
  }, [focus]);

  const move = (control: NoteControl, direction: -1 | 1, across: boolean) => {
    const result = edit((doc, o) => {
      const of = (id: string) => readCollection(doc, 'note').filter((line) => line.stepId === id);
      const target = across
        ? stepTarget(stepIds, of, stepId, group.laneId, direction)
        : reorderTarget(group.notes, note.id, direction);
      if (!target) return { ok: false, message: t('panels.note.at-end') };
      return moveNoteTo(doc, note.id, target, o);
    });
    if (!result.ok) {
      announce(t('panels.not-moved', { reason: result.message }));
      return;
    }
    usePanelStore.getState().setNoteFocus({ id: note.id, control });
    useUiStore.getState().requestReveal({ kind: 'note', noteId: note.id });
    const moved = across
      ? direction < 0
        ? 'panels.note.moved-previous-step'
        : 'panels.note.moved-next-step'
      : direction < 0
        ? 'panels.note.moved-earlier'
        : 'panels.note.moved-later';
    announce(t(moved));
  };

  const remove = () => {
    const result = edit((doc, o) => removeNote(doc, note.id, o));
    if (!result.ok) {
      announce(t('panels.not-deleted', { reason: result.message }));
      return;
    }
    if (useUiStore.getState().selectedNoteId === note.id) useUiStore.getState().clearSelection();
    const index = group.notes.findIndex((line) => line.id === note.id);
    const neighbour = group.notes[index + 1] ?? group.notes[index - 1];
    usePanelStore
      .getState()
      .setNoteFocus({ id: neighbour ? neighbour.id : `add:${stepId}`, control: 'text' });
    announce(t('panels.note.deleted', { lane: group.title }));
  };

  const ref = (control: NoteControl) => (element: HTMLButtonElement | null) => {
    buttons.current.set(control, element);
  };
  return (
    <li className="outline-note">
      {editing ? (
        <NoteText
          label={name}
          value={note.text}
          onDone={(text) => {
            setEditing(false);
            usePanelStore.getState().setNoteFocus({ id: note.id, control: 'text' });
            if (text === note.text) return;
            const result = edit((doc, o) => editNoteText(doc, note.id, text, o));
            if (!result.ok) announce(t('panels.not-saved', { reason: result.message }));
          }}
        />
      ) : (
        <span className="outline-note__text">
          <span className="outline-step__lane">{group.title}:</span> {nameOr(t, 'note', note.text)}
        </span>
      )}
      <RovingToolbar label={t('panels.note.tools', { name })}>
        <button
          ref={ref('text')}
          type="button"
          className="button button--small"
          aria-label={t('panels.edit-named', { name })}
          aria-expanded={editing}
          onClick={() => setEditing(true)}
        >
          {t('panels.edit')}
        </button>
        <button
          ref={ref('earlier')}
          type="button"
          className="button button--small button--icon"
          aria-label={t('panels.move-earlier-named', { name })}
          disabled={!earlier}
          onClick={() => move('earlier', -1, false)}
        >
          ↑
        </button>
        <button
          ref={ref('later')}
          type="button"
          className="button button--small button--icon"
          aria-label={t('panels.move-later-named', { name })}
          disabled={!later}
          onClick={() => move('later', 1, false)}
        >
          ↓
        </button>
        <button
          ref={ref('previous-step')}
          type="button"
          className="button button--small button--icon"
          aria-label={t('panels.note.move-previous-step', { name })}
          disabled={!previousStep}
          onClick={() => move('previous-step', -1, true)}
        >
          ←
        </button>
        <button
          ref={ref('next-step')}
          type="button"
          className="button button--small button--icon"
          aria-label={t('panels.note.move-next-step', { name })}
          disabled={!nextStep}
          onClick={() => move('next-step', 1, true)}
        >
          →
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t('panels.delete-named', { name })}
          onClick={remove}
        >
          {t('panels.delete')}
        </button>
      </RovingToolbar>
    </li>
  );
}

/** A note's text in place: Enter, Escape or leaving the field saves what was typed (never dropped). */
function NoteText({
  label,
  value,
  onDone,
}: {
  readonly label: string;
  readonly value: string;
  readonly onDone: (text: string) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = () => {
    if (done.current) return;
    done.current = true;
    onDone(ref.current?.value ?? value);
  };
  return (
    <input
      ref={ref}
      type="text"
      className="outline-note__text"
      aria-label={label}
      defaultValue={value}
      onBlur={finish}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          finish();
        }
      }}
    />
  );
}

function AddNote({
  stepId,
  stepTitle,
  lanes,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
  readonly lanes: readonly LaneNotes[];
}) {
  const t = useT();
  const { user } = useBoard();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const [laneId, setLaneId] = useState(lanes[0]?.laneId ?? '');
  const [text, setText] = useState('');
  // Closed, the form is one Tab stop per step; open, it stays open for several notes in a row.
  const [open, setOpen] = useState(false);
  const opened = useRef(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const focus = usePanelStore((state) => (state.noteFocus?.id === `add:${stepId}` ? state.noteFocus : null));
  useEffect(() => {
    if (!focus) return;
    (textRef.current ?? toggleRef.current)?.focus();
    usePanelStore.getState().setNoteFocus(null);
  }, [focus]);
  // Opened, the keyboard goes to the note's text (someone adding a note wants to type); the lane, chosen
  // already, is one Shift+Tab back.
  useEffect(() => {
    if (open) textRef.current?.focus();
    else if (opened.current) toggleRef.current?.focus();
    opened.current = open;
  }, [open]);
  const lane = lanes.find((candidate) => candidate.laneId === laneId) ?? lanes[0];
  if (!lane) return null;
  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) {
      announce(t('panels.note.type-first'));
      return;
    }
    const cell = { stepId, laneId: lane.laneId, count: lane.notes.length };
    const result = edit((doc, o) => addNoteIn(doc, cell, trimmed, user, o));
    if (!result.ok) {
      announce(t('panels.note.not-added', { reason: result.message }));
      return;
    }
    setText('');
    useUiStore.getState().requestReveal({ kind: 'note', noteId: result.value.id });
    announce(t('panels.note.added', { lane: lane.title, step: stepTitle }));
  };
  if (!open) {
    return (
      <button
        ref={toggleRef}
        type="button"
        className="button button--small outline-notes__open"
        aria-label={t('panels.note.add-to', { step: stepTitle })}
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {t('panels.note.open-add')}
      </button>
    );
  }
  return (
    <form
      className="outline-notes__add"
      aria-label={t('panels.note.add-to', { step: stepTitle })}
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <select
        aria-label={t('panels.note.new-lane', { step: stepTitle })}
        value={lane.laneId}
        onChange={(event) => setLaneId(event.target.value)}
      >
        {lanes.map((candidate) => (
          <option key={candidate.laneId} value={candidate.laneId}>
            {candidate.title}
          </option>
        ))}
      </select>
      <input
        ref={textRef}
        type="text"
        aria-label={t('panels.note.new-text', { step: stepTitle })}
        placeholder={t('panels.note.new-placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--small">
        {t('panels.note.add')}
      </button>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t('common.done')}
      </button>
    </form>
  );
}
