import type { ChannelSeed, LaneSeed } from '../../defaults';
import { DEFAULT_CHANNELS, DEFAULT_LANES } from '../../defaults';

// The usual channels and lanes with Dutch names: the same ids, colours, icons and kinds as the English
// ones (a board's structure does not depend on the language it was created in; only its words do).

const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  'channel-email': 'E-mail',
  'channel-phone': 'Telefoon',
  'channel-portal': 'Selfserviceportal',
  'channel-website': 'Website',
  'channel-face-to-face': 'Persoonlijk contact',
  'channel-chat': 'Chat',
};

const LANE_TITLES: Readonly<Record<string, string>> = {
  'lane-doing': 'Doen',
  'lane-thinking': 'Denken',
  'lane-feeling': 'Voelen',
  'lane-people-systems': 'Mensen & systemen',
  'lane-pain-points': 'Knelpunten',
  'lane-opportunities': 'Kansen',
  'lane-backstage': 'Achter de schermen',
};

export const DEFAULT_CHANNELS_NL: readonly ChannelSeed[] = DEFAULT_CHANNELS.map((channel) => ({
  ...channel,
  name: CHANNEL_NAMES[channel.id] ?? channel.name,
}));

export const DEFAULT_LANES_NL: readonly LaneSeed[] = DEFAULT_LANES.map((lane) => ({
  ...lane,
  title: LANE_TITLES[lane.id] ?? lane.title,
}));
