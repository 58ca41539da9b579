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

export interface IconOption {
  readonly value: string;
  readonly label: string;
}

/**
 * The icon choices for an existing channel. A peer or an imported board may have stored a name we do
 * not know; it stays listed (and selected) so the select shows the truth and is not silently reset.
 */
export function channelIconOptions(current: string): readonly IconOption[] {
  if (CHANNEL_ICON_OPTIONS.some((option) => option.value === current)) return CHANNEL_ICON_OPTIONS;
  return [...CHANNEL_ICON_OPTIONS, { value: current, label: `Other (${current})` }];
}

/** How the read-only panel names a channel's icon: "Phone icon", or nothing when it has none. */
export function channelIconText(icon: string): string {
  if (!icon) return '';
  const known = CHANNEL_ICON_OPTIONS.find((option) => option.value === icon);
  return `${known ? known.label : icon} icon`;
}

export const DEFAULT_CHANNEL_COLOR = '#64748b';

export const SECTION_TITLES = { stage: 'Stages', channel: 'Channels', lane: 'Lanes' } as const;
