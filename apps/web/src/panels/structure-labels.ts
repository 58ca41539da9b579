import { LANE_KINDS, type LaneKind } from '@journeyboard/journey';
import { CHANNEL_ICONS } from '../canvas/channel-icons';

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

export interface IconOption {
  readonly value: string;
  readonly label: string;
}

/** The icon choices: none, then every icon the canvas draws. */
export const CHANNEL_ICON_OPTIONS: readonly IconOption[] = [
  { value: '', label: 'No icon' },
  ...Object.entries(CHANNEL_ICONS).map(([value, icon]) => ({ value, label: icon.label })),
];

/**
 * The icon choices for an existing channel. A peer or an imported board may have stored a name we do
 * not know; it stays listed (and selected) so the select shows the truth and is not silently reset.
 */
export function channelIconOptions(current: string): readonly IconOption[] {
  if (CHANNEL_ICON_OPTIONS.some((option) => option.value === current)) return CHANNEL_ICON_OPTIONS;
  return [...CHANNEL_ICON_OPTIONS, { value: current, label: `Other (${current})` }];
}

/** How the read-only panel names a channel's icon: "Phone icon", or nothing when it has none. */
export { channelIconText } from '../canvas/channel-icons';

export const DEFAULT_CHANNEL_COLOR = '#64748b';

export const SECTION_TITLES = { stage: 'Stages', channel: 'Channels', lane: 'Lanes' } as const;
