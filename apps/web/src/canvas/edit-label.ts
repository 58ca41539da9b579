import { type MessageKey, t } from '../i18n/i18n';
import type { EditingTarget } from '../state/ui-store';

const STEP_FIELDS: Readonly<Record<string, MessageKey>> = {
  title: 'canvas.edit.step-title',
  durationMinutes: 'canvas.edit.step-duration',
  doing: 'panels.field.doing',
  thinking: 'panels.field.thinking',
  feeling: 'panels.field.feeling',
  owner: 'canvas.edit.step-owner',
};

/** The accessible name of the in-place editor: what the field holds, as a person would call it. */
export function editLabel(target: NonNullable<EditingTarget>): string {
  switch (target.kind) {
    case 'step': {
      const key = STEP_FIELDS[target.field];
      return key ? t(key) : t('canvas.edit.step-field', { field: target.field });
    }
    case 'note':
      return t('canvas.edit.note');
    case 'stage':
      return t('canvas.edit.stage');
    case 'channel':
      return t('canvas.edit.channel');
    case 'lane':
      return t('canvas.edit.lane');
  }
}
