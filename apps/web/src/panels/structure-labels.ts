import { LANE_KINDS, type LaneKind } from '@journeyboard/journey';

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  doing: 'Doing (shows each step’s “Doing”)',
  thinking: 'Thinking (shows each step’s “Thinking”)',
  feeling: 'Feeling (shows each step’s “Feeling”)',
  'people-systems': 'People & systems (shows each step’s people and systems)',
  'pain-points': 'Pain points',
  opportunities: 'Opportunities',
  backstage: 'Backstage',
  custom: 'Custom (sticky notes only)',
};

export const LANE_KIND_NAMES: Record<LaneKind, string> = {
  doing: 'Doing',
  thinking: 'Thinking',
  feeling: 'Feeling',
  'people-systems': 'People & systems',
  'pain-points': 'Pain points',
  opportunities: 'Opportunities',
  backstage: 'Backstage',
  custom: 'Custom',
};

export const LANE_KIND_OPTIONS = LANE_KINDS.map((kind) => ({ value: kind, label: LANE_KIND_LABELS[kind] }));

/** The icon names of the default channels (the model stores any name; these are the ones we know). */
export const CHANNEL_ICON_OPTIONS = [
  { value: '', label: 'No icon' },
  { value: 'mail', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'portal', label: 'Portal' },
  { value: 'globe', label: 'Website' },
  { value: 'people', label: 'In person' },
  { value: 'chat', label: 'Chat' },
] as const;

export const DEFAULT_CHANNEL_COLOR = '#64748b';

export const SECTION_TITLES = { stage: 'Stages', channel: 'Channels', lane: 'Lanes' } as const;
