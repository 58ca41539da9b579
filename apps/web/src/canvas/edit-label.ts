import type { EditingTarget } from '../state/ui-store';

const STEP_FIELDS: Readonly<Record<string, string>> = {
  title: 'Step title',
  durationMinutes: 'Step duration',
  doing: 'Doing',
  thinking: 'Thinking',
  feeling: 'Feeling',
  owner: 'Step owner',
};

/** The accessible name of the in-place editor: what the field holds, as a person would call it. */
export function editLabel(target: NonNullable<EditingTarget>): string {
  switch (target.kind) {
    case 'step':
      return STEP_FIELDS[target.field] ?? `Step ${target.field}`;
    case 'note':
      return 'Note text';
    case 'stage':
      return 'Stage title';
    case 'channel':
      return 'Channel name';
    case 'lane':
      return 'Lane title';
  }
}
