import { type LaneKind, laneKindLabelKey } from '@journeyboard/journey';
import { memo, type RefObject, useEffect, useRef, useState } from 'react';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useT } from '../i18n/use-t';
import { moveStructureItem, renameStructureItem, setLaneKind } from './structure-actions';
import { ChannelColourField, ChannelIconSelect } from './structure-channel-look';
import { displayName, type StructureKind } from './structure-consequences';
import { StageDescriptionField } from './structure-description';
import { channelIconText, LANE_KIND_OPTIONS } from './structure-labels';
import { neighbourIndex } from './structure-order';
import { StructureRemoveConfirm } from './structure-remove';
import { type StructureControl, useStructureStore } from './structure-store';
import { useDraft } from './use-draft';

export interface StructureItem {
  readonly id: string;
  readonly name: string;
  readonly laneKind?: LaneKind;
  readonly color?: string;
  readonly icon?: string;
  readonly description?: string;
}

interface RowProps {
  readonly kind: StructureKind;
  readonly item: StructureItem;
  /** The ids of the section in order, to know the row's neighbours. */
  readonly ids: readonly string[];
  readonly editable: boolean;
  /** e.g. "3 steps": what the row holds on the board. */
  readonly detail: string;
}

/** One stage, channel or lane: its name, and for the facilitator rename, move and remove. */
export const StructureRow = memo(function StructureRow({ kind, item, ids, editable, detail }: RowProps) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const [confirming, setConfirming] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const focus = useStructureStore((state) =>
    state.focus?.kind === kind && state.focus.id === item.id ? state.focus.control : null,
  );
  useEffect(() => {
    if (!focus) return;
    // At either end the pressed button is disabled; the opposite one keeps focus on the row.
    const order: Record<StructureControl, RefObject<HTMLElement | null>[]> = {
      up: [upRef, downRef, nameRef],
      down: [downRef, upRef, nameRef],
    };
    const target = order[focus]
      .map((ref) => ref.current)
      .find((element) => element && !(element as HTMLButtonElement).disabled);
    target?.focus();
    useStructureStore.getState().clearFocus();
  }, [focus]);

  const name = displayName(kind, item.name);
  const up = neighbourIndex(ids, item.id, -1);
  const down = neighbourIndex(ids, item.id, 1);

  const move = (direction: -1 | 1) => {
    const index = direction < 0 ? up : down;
    if (index === null) return;
    const result = edit((doc, origin) => moveStructureItem(doc, kind, item.id, index, origin));
    if (!result.ok) {
      announce(t('panels.not-moved', { reason: result.message }));
      return;
    }
    useStructureStore.getState().requestFocus({ kind, id: item.id, control: direction < 0 ? 'up' : 'down' });
    announce(
      t(direction < 0 ? 'panels.structure.moved-up' : 'panels.structure.moved-down', {
        kind,
        name,
        position: index + 1,
        total: ids.length,
      }),
    );
  };

  const rename = (text: string): boolean => {
    const result = edit((doc, origin) => renameStructureItem(doc, kind, item.id, text, origin));
    if (!result.ok) announce(t('panels.structure.not-renamed', { reason: result.message }));
    else announce(t('panels.structure.renamed', { kind, name: text.trim() }));
    return result.ok;
  };

  return (
    <li className="structure-row">
      <div className="structure-row__main">
        {kind === 'channel' && editable && item.color ? (
          <ChannelColourField id={item.id} name={name} color={item.color} />
        ) : null}
        {kind === 'channel' && !editable ? (
          <span className="structure-row__swatch" style={{ background: item.color }} aria-hidden="true" />
        ) : null}
        <div className="structure-row__text">
          {editable ? (
            <RenameField
              label={t('panels.structure.rename', { kind, name })}
              value={item.name}
              inputRef={nameRef}
              onCommit={rename}
            />
          ) : (
            <span className="structure-row__name">{name}</span>
          )}
          <span className="structure-row__detail">
            {kind === 'lane' && item.laneKind && !editable ? `${t(laneKindLabelKey(item.laneKind))} · ` : ''}
            {kind === 'channel' && item.icon && !editable ? `${channelIconText(item.icon)} · ` : ''}
            {detail}
          </span>
          {kind === 'stage' && item.description && !editable ? (
            <p className="structure-row__description">{item.description}</p>
          ) : null}
        </div>
      </div>
      {editable ? (
        <div className="structure-row__actions">
          {kind === 'lane' && item.laneKind ? (
            <select
              className="structure-row__kind"
              aria-label={t('panels.structure.lane-kind', { name })}
              value={item.laneKind}
              onChange={(event) => {
                const laneKind = event.target.value as LaneKind;
                const result = edit((doc, origin) => setLaneKind(doc, item.id, laneKind, origin));
                announce(
                  result.ok
                    ? t('panels.structure.lane-kind-changed', {
                        name,
                        laneKind: t(laneKindLabelKey(laneKind)),
                      })
                    : t('panels.structure.not-changed', { reason: result.message }),
                );
              }}
            >
              {LANE_KIND_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(laneKindLabelKey(option.value))}
                </option>
              ))}
            </select>
          ) : null}
          {kind === 'channel' && item.icon !== undefined ? (
            <ChannelIconSelect id={item.id} name={name} icon={item.icon} />
          ) : null}
          <button
            ref={upRef}
            type="button"
            className="button button--small button--icon"
            aria-label={t('panels.structure.move-up', { kind, name })}
            disabled={up === null}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            ref={downRef}
            type="button"
            className="button button--small button--icon"
            aria-label={t('panels.structure.move-down', { kind, name })}
            disabled={down === null}
            onClick={() => move(1)}
          >
            ↓
          </button>
          <button
            ref={removeRef}
            type="button"
            className="button button--small button--danger"
            aria-label={t('panels.structure.remove-named', { kind, name })}
            aria-expanded={confirming}
            onClick={() => setConfirming((open) => !open)}
          >
            {t('panels.structure.remove')}
          </button>
        </div>
      ) : null}
      {editable && kind === 'stage' ? (
        <StageDescriptionField id={item.id} name={name} value={item.description ?? ''} />
      ) : null}
      {editable && confirming ? (
        <StructureRemoveConfirm
          kind={kind}
          id={item.id}
          onCancel={() => {
            setConfirming(false);
            removeRef.current?.focus();
          }}
        />
      ) : null}
    </li>
  );
});

/**
 * The name in place: a draft committed on Enter, Escape or when leaving the field (Escape keeps what was
 * typed, as everywhere on the board; an empty name is refused and the name comes back).
 * Focus stays in the field on Enter and Escape, so a keyboard user keeps their place in the list.
 */
function RenameField({
  label,
  value,
  inputRef,
  onCommit,
}: {
  readonly label: string;
  readonly value: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onCommit: (text: string) => boolean;
}) {
  const { draft, setDraft, setEditing } = useDraft(value);
  const commit = () => {
    if (draft.trim() === value) setDraft(value);
    else setDraft(onCommit(draft) ? draft.trim() : value);
  };
  return (
    <input
      ref={inputRef}
      type="text"
      className="structure-row__input"
      aria-label={label}
      value={draft}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        commit();
      }}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape') {
          // Escape keeps what was typed, as everywhere on the board (and does not close the panel).
          event.preventDefault();
          event.stopPropagation();
          commit();
        }
      }}
    />
  );
}
