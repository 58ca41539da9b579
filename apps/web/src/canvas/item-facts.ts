import { stepNumber } from '../board/step-numbers';
import { type MessageKey, t } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import type { BoardStore } from './board-store';
import { cellKey, inlineEditableField } from './board-structure';
import type { CanvasItem } from './canvas-focus';
import type { ItemFacts } from './focus-description';

const ROW_TITLE_KEYS: Readonly<Record<string, MessageKey>> = {
  time: 'canvas.row.time',
  owner: 'canvas.row.owner',
};

function rowKey(kind: string | undefined): string {
  const key = kind === undefined ? undefined : ROW_TITLE_KEYS[kind];
  return key ? t(key) : '';
}

/** What the announcement of a focused item needs, read from the board as it is now. */
export function itemFacts(store: BoardStore, item: CanvasItem, editable: boolean): ItemFacts {
  const structure = store.getStructure();
  const layout = store.getLayout();
  const step = store.getEntity('step', item.stepId);
  const channel = structure.channels.find((candidate) => candidate.id === step?.channelId);
  const row = item.kind === 'card' ? undefined : layout.rowByKey.get(item.rowKey);
  const lane =
    row?.kind === 'lane' ? structure.lanes.find((candidate) => candidate.id === row.laneId) : undefined;
  const rowChannel =
    row?.kind === 'channel'
      ? structure.channels.find((candidate) => candidate.id === row.channelId)
      : undefined;
  const notes = row?.kind === 'lane' ? (structure.cellNotes.get(cellKey(item.stepId, row.laneId)) ?? []) : [];
  const field =
    row?.kind === 'time'
      ? 'durationMinutes'
      : row?.kind === 'owner'
        ? 'owner'
        : row?.kind === 'lane'
          ? inlineEditableField(row.field)
          : null;
  const fieldValue = field && step ? step[field as keyof typeof step] : null;
  const note = item.kind === 'note' ? store.getEntity('note', item.noteId) : null;
  return {
    stepNumber: stepNumber(structure.stepIds, item.stepId),
    stepCount: structure.stepIds.length,
    stepTitle: step?.title ?? '',
    channelName: channel ? nameOr(t, 'channel', channel.name) : null,
    rowTitle: lane
      ? nameOr(t, 'lane', lane.title)
      : rowChannel
        ? nameOr(t, 'channel', rowChannel.name)
        : rowKey(row?.kind),
    fieldText: fieldValue === null || fieldValue === undefined ? null : String(fieldValue),
    noteCount: notes.length,
    noteNumber: item.kind === 'note' ? notes.indexOf(item.noteId) + 1 : 0,
    noteText: note?.text ?? '',
    editable,
    takesNotes: row?.kind === 'lane',
    placesCard: row?.kind === 'channel',
    hasField: field !== null,
  };
}
