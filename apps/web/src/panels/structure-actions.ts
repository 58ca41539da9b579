import {
  addChannel,
  addLane,
  addStage,
  deleteChannel,
  deleteLane,
  deleteStage,
  type LaneKind,
  moveChannel,
  moveLane,
  moveStage,
  readEntity,
  updateChannel,
  updateLane,
  updateStage,
} from '@journeyboard/journey';
import type * as Y from 'yjs';
import { attempt, type EditResult } from '../board/edit-actions';
import { t } from '../i18n/i18n';
import { newContentName } from '../i18n/new-content';
import type { Removal, StructureKind } from './structure-consequences';

// The Board structure panel's writes. Each is one model call, so one transaction with the user's
// origin: the per-user undo manager reverts it as a whole (a removed channel comes back with its cards).

export type NewStructureItem =
  | { readonly kind: 'stage'; readonly journeyId: string; readonly name: string }
  | { readonly kind: 'channel'; readonly name: string; readonly color: string; readonly icon: string }
  | { readonly kind: 'lane'; readonly name: string; readonly laneKind: LaneKind };

/** Adds at the end; an empty name becomes the default one, so the new row is never blank. */
export function addStructureItem(doc: Y.Doc, item: NewStructureItem, origin: object): EditResult<string> {
  const name = item.name.trim() || newContentName(item.kind);
  return attempt(() => {
    switch (item.kind) {
      case 'stage':
        return addStage(doc, { journeyId: item.journeyId, title: name }, origin).id;
      case 'channel':
        return addChannel(doc, { name, color: item.color, icon: item.icon }, origin).id;
      case 'lane':
        return addLane(doc, { kind: item.laneKind, title: name }, origin).id;
    }
  });
}

/** Renames; a blank name is refused, since the canvas row headers would show nothing. */
export function renameStructureItem(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  name: string,
  origin: object,
): EditResult<void> {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, message: t('panels.structure.name-empty') };
  return attempt(() => {
    switch (kind) {
      case 'stage':
        updateStage(doc, id, { title: trimmed }, origin);
        return;
      case 'channel':
        updateChannel(doc, id, { name: trimmed }, origin);
        return;
      case 'lane':
        updateLane(doc, id, { title: trimmed }, origin);
        return;
    }
  });
}

export function setLaneKind(doc: Y.Doc, id: string, laneKind: LaneKind, origin: object): EditResult<void> {
  return attempt(() => {
    updateLane(doc, id, { kind: laneKind }, origin);
  });
}

export interface ChannelLook {
  readonly color?: string;
  readonly icon?: string;
}

/**
 * A channel's colour or icon, changed after it was added. Colours compare without case (the colour
 * picker gives lower case, templates may not), so picking the same colour again writes nothing. The
 * value is false when nothing changed, so the panel does not announce a change that did not happen.
 */
export function restyleChannel(
  doc: Y.Doc,
  id: string,
  look: ChannelLook,
  origin: object,
): EditResult<boolean> {
  const color = look.color?.toLowerCase();
  const current = readEntity(doc, 'channel', id);
  if (
    current &&
    (color === undefined || color === current.color.toLowerCase()) &&
    (look.icon === undefined || look.icon === current.icon)
  ) {
    return { ok: true, value: false };
  }
  return attempt(() => {
    updateChannel(doc, id, { color, icon: look.icon }, origin);
    return true;
  });
}

/**
 * A stage's description. Line breaks are kept (the outline shows them); Windows line endings from a
 * paste become plain ones and surrounding blank space is dropped, so an edit that only added trailing
 * spaces or newlines writes nothing (value false).
 */
export function describeStage(doc: Y.Doc, id: string, text: string, origin: object): EditResult<boolean> {
  const description = normaliseDescription(text);
  const current = readEntity(doc, 'stage', id);
  if (current && current.description === description) return { ok: true, value: false };
  return attempt(() => {
    updateStage(doc, id, { description }, origin);
    return true;
  });
}

export function normaliseDescription(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** `index` counts among the siblings without the moved item (the model's convention). */
export function moveStructureItem(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  index: number,
  origin: object,
): EditResult<void> {
  return attempt(() => {
    switch (kind) {
      case 'stage':
        return moveStage(doc, id, index, origin);
      case 'channel':
        return moveChannel(doc, id, index, origin);
      case 'lane':
        return moveLane(doc, id, index, origin);
    }
  });
}

/** false when a peer removed it first (nothing was written). */
export function removeStructureItem(doc: Y.Doc, removal: Removal, origin: object): EditResult<boolean> {
  return attempt(() => {
    switch (removal.kind) {
      case 'stage':
        return deleteStage(doc, removal.id, origin, { deleteSteps: removal.deleteSteps });
      case 'channel':
        return deleteChannel(doc, removal.id, origin);
      case 'lane':
        return deleteLane(doc, removal.id, origin);
    }
  });
}
