import type { LaneKind } from '@journeyboard/journey';
import { type FormEvent, useId, useState } from 'react';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { newContentName } from '../i18n/new-content';
import { useT } from '../i18n/use-t';
import { addStructureItem, type NewStructureItem } from './structure-actions';
import type { StructureKind } from './structure-consequences';
import { CHANNEL_ICON_OPTIONS, DEFAULT_CHANNEL_COLOR, LANE_KIND_OPTIONS } from './structure-labels';

/**
 * "Add stage / channel / lane" at the end of its list. Focus stays in the name field after adding, so
 * several can be added in a row from the keyboard.
 */
export function StructureAddForm({
  kind,
  journeyId,
}: {
  readonly kind: StructureKind;
  readonly journeyId: string | null;
}) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const id = useId();
  const [name, setName] = useState('');
  const [color, setColor] = useState(DEFAULT_CHANNEL_COLOR);
  const [icon, setIcon] = useState('');
  const [laneKind, setLaneKind] = useState<LaneKind>('custom');
  const disabled = kind === 'stage' && journeyId === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let item: NewStructureItem;
    if (kind === 'stage') {
      if (!journeyId) return;
      item = { kind, journeyId, name };
    } else if (kind === 'channel') item = { kind, name, color, icon };
    else item = { kind, name, laneKind };
    const result = edit((doc, origin) => addStructureItem(doc, item, origin));
    if (!result.ok) {
      announce(t('panels.structure.not-added', { kind, reason: result.message }));
      return;
    }
    announce(t('panels.structure.added', { kind, name: name.trim() || newContentName(kind) }));
    setName('');
  };

  return (
    <form className="structure-add" aria-label={t('panels.structure.add', { kind })} onSubmit={submit}>
      <div className="field structure-add__name">
        <label htmlFor={`${id}-name`}>{t('panels.structure.new-name', { kind })}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          placeholder={newContentName(kind)}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {kind === 'channel' ? (
        <>
          <div className="field structure-add__color">
            <label htmlFor={`${id}-color`}>{t('panels.structure.colour')}</label>
            <input
              id={`${id}-color`}
              type="color"
              value={color}
              onChange={(event) => setColor(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-icon`}>{t('panels.structure.icon')}</label>
            <select id={`${id}-icon`} value={icon} onChange={(event) => setIcon(event.target.value)}>
              {CHANNEL_ICON_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      {kind === 'lane' ? (
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('panels.structure.kind')}</label>
          <select
            id={`${id}-kind`}
            value={laneKind}
            onChange={(event) => setLaneKind(event.target.value as LaneKind)}
          >
            {LANE_KIND_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.labelKey)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button button--small" disabled={disabled}>
        {t('panels.structure.add', { kind })}
      </button>
    </form>
  );
}
