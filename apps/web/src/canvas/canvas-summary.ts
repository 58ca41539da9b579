import type { Channel } from '@journeyboard/journey';
import { channelIconText } from './channel-icons';

export interface SummaryInput {
  readonly stepCount: number;
  readonly stageCount: number;
  /** In row order, top to bottom. */
  readonly channels: readonly Pick<Channel, 'name' | 'icon'>[];
  readonly laneCount: number;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One channel as the text alternative names it: "Phone (Phone icon)", or the name alone. */
export function channelDescription(channel: Pick<Channel, 'name' | 'icon'>): string {
  const name = channel.name.trim() || 'Unnamed channel';
  const icon = channelIconText(channel.icon);
  return icon ? `${name} (${icon})` : name;
}

/**
 * The canvas's text alternative: what the map holds, the channel rows in order with the icon each row
 * header shows (the icons are drawn, so a screen reader learns them here), and where to work instead.
 */
export function canvasSummary(input: SummaryInput): string {
  const channels =
    input.channels.length === 0
      ? ''
      : ` Channel rows, top to bottom: ${input.channels.map(channelDescription).join(', ')}.`;
  return `Journey map canvas with ${count(input.stepCount, 'step', 'steps')} in ${count(
    input.stageCount,
    'stage',
    'stages',
  )}, ${count(input.channels.length, 'channel', 'channels')} and ${count(
    input.laneCount,
    'lane',
    'lanes',
  )}.${channels} The Journey outline offers the same content and editing with a keyboard.`;
}
