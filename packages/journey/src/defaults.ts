import type { LaneKind } from './types';

export interface ChannelSeed {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly icon: string;
}

// Fixed ids: two peers creating or migrating the same board write identical entries, which converge.
export const DEFAULT_CHANNELS: readonly ChannelSeed[] = [
  { id: 'channel-email', name: 'Email', color: '#2563eb', icon: 'mail' },
  { id: 'channel-phone', name: 'Phone', color: '#16a34a', icon: 'phone' },
  { id: 'channel-portal', name: 'Self-service portal', color: '#9333ea', icon: 'portal' },
  { id: 'channel-website', name: 'Website', color: '#0891b2', icon: 'globe' },
  { id: 'channel-face-to-face', name: 'Face-to-face', color: '#ea580c', icon: 'people' },
  { id: 'channel-chat', name: 'Chat', color: '#db2777', icon: 'chat' },
];

export interface LaneSeed {
  readonly id: string;
  readonly kind: LaneKind;
  readonly title: string;
}

export const DEFAULT_LANES: readonly LaneSeed[] = [
  { id: 'lane-doing', kind: 'doing', title: 'Doing' },
  { id: 'lane-thinking', kind: 'thinking', title: 'Thinking' },
  { id: 'lane-feeling', kind: 'feeling', title: 'Feeling' },
  { id: 'lane-people-systems', kind: 'people-systems', title: 'People & systems' },
  { id: 'lane-pain-points', kind: 'pain-points', title: 'Pain points' },
  { id: 'lane-opportunities', kind: 'opportunities', title: 'Opportunities' },
  { id: 'lane-backstage', kind: 'backstage', title: 'Backstage' },
];

export const CURRENT_JOURNEY_ID = 'journey-current';

/** The step field a lane shows in each of its cells, when it has one (besides sticky notes). */
export function laneStepField(kind: LaneKind): 'doing' | 'thinking' | 'feeling' | 'people-systems' | null {
  switch (kind) {
    case 'doing':
    case 'thinking':
    case 'feeling':
    case 'people-systems':
      return kind;
    default:
      return null;
  }
}

export const NOTE_COLORS = ['#fde68a', '#fbcfe8', '#bfdbfe', '#bbf7d0', '#fed7aa', '#e9d5ff'] as const;
