import type { Channel } from '@journeyboard/journey';
import { t } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import { channelIconText } from './channel-icons';

export interface SummaryInput {
  readonly stepCount: number;
  readonly stageCount: number;
  /** In row order, top to bottom. */
  readonly channels: readonly Pick<Channel, 'name' | 'icon'>[];
  readonly laneCount: number;
  /** What the canvas's marks add (e.g. service-desk figures under the curve), or null. */
  readonly marks?: string | null;
  /** Nothing can be edited here now (an observer, a locked board): the outline is offered to read. */
  readonly readOnly?: boolean;
}

/** One channel as the text alternative names it: "Phone (Phone icon)", or the name alone (never empty). */
export function channelDescription(channel: Pick<Channel, 'name' | 'icon'>): string {
  const name = nameOr(t, 'channel', channel.name);
  const icon = channelIconText(channel.icon);
  return icon ? t('canvas.summary.channel-with-icon', { name, icon }) : name;
}

/**
 * The canvas's text alternative: what the map holds, the channel rows in order with the icon each row
 * header shows (the icons are drawn, so a screen reader learns them here), and where to work instead.
 */
export function canvasSummary(input: SummaryInput): string {
  const sentences = [
    t('canvas.summary.counts', {
      steps: input.stepCount,
      stages: input.stageCount,
      channels: input.channels.length,
      lanes: input.laneCount,
    }),
  ];
  if (input.channels.length > 0) {
    sentences.push(t('canvas.summary.rows', { rows: input.channels.map(channelDescription).join(', ') }));
  }
  if (input.marks) sentences.push(input.marks);
  sentences.push(t(input.readOnly ? 'canvas.summary.outline-read' : 'canvas.summary.outline'));
  return sentences.join(' ');
}
