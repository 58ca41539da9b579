import { LANE_KINDS, type LaneKind } from '@journeyboard/journey';
import { CHANNEL_ICONS } from '../canvas/channel-icons';
import { type Message, type MessageKey, message } from '../i18n/i18n';

/** A lane kind as the add form offers it: what the lane shows, for the kinds that fill themselves. */
export const LANE_KIND_OPTION_KEYS = {
  doing: 'panels.lane-kind-option.doing',
  thinking: 'panels.lane-kind-option.thinking',
  feeling: 'panels.lane-kind-option.feeling',
  'people-systems': 'panels.lane-kind-option.people-systems',
  'pain-points': 'lane-kind.pain-points',
  opportunities: 'lane-kind.opportunities',
  backstage: 'lane-kind.backstage',
  custom: 'panels.lane-kind-option.custom',
} as const satisfies Readonly<Record<LaneKind, MessageKey>>;

export const LANE_KIND_OPTIONS = LANE_KINDS.map((kind) => ({
  value: kind,
  labelKey: LANE_KIND_OPTION_KEYS[kind],
}));

export interface IconOption {
  readonly value: string;
  /** Its name, translated where the option is shown. */
  readonly label: Message;
}

/** The icon choices: none, then every icon the canvas draws. */
export const CHANNEL_ICON_OPTIONS: readonly IconOption[] = [
  { value: '', label: message('panels.structure.icon-none') },
  ...Object.entries(CHANNEL_ICONS).map(([value, icon]) => ({ value, label: message(icon.labelKey) })),
];

/**
 * The icon choices for an existing channel. A peer or an imported board may have stored a name we do
 * not know; it stays listed (and selected) so the select shows the truth and is not silently reset.
 */
export function channelIconOptions(current: string): readonly IconOption[] {
  if (CHANNEL_ICON_OPTIONS.some((option) => option.value === current)) return CHANNEL_ICON_OPTIONS;
  return [
    ...CHANNEL_ICON_OPTIONS,
    { value: current, label: message('panels.structure.icon-other', { name: current }) },
  ];
}

/** How the read-only panel names a channel's icon: "Phone icon", or nothing when it has none. */
export { channelIconText } from '../canvas/channel-icons';

export const DEFAULT_CHANNEL_COLOR = '#64748b';

export const SECTION_TITLE_KEYS = {
  stage: 'panels.structure.stages',
  channel: 'panels.structure.channels',
  lane: 'panels.structure.lanes',
} as const satisfies Readonly<Record<'stage' | 'channel' | 'lane', MessageKey>>;
