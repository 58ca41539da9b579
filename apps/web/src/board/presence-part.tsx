import { useEffect } from 'react';
import type { CanvasPresenceStore } from '../canvas/canvas-presence';
import { PRESENCE_DRAWING } from '../canvas/presence-layer';
import { PresenceList } from '../panels/presence-list';
import { throttleAwarenessBroadcast } from './awareness-broadcast';
import { useBoard } from './board-context';
import { useCanvasPeers } from './use-canvas-peers';
import { useFollow, usePublishPresence } from './use-presence';

export interface PresencePartProps {
  /** The canvas's view of the others (canvas-presence.ts). */
  readonly presence: CanvasPresenceStore;
}

/**
 * Presence, loaded once the board is drawn (not needed to draw it): from then on this person's presence
 * is published (rate limited, their own state only), others' cursors and selections show on the canvas,
 * following someone works, and the header lists the people here.
 */
export function PresencePart({ presence }: PresencePartProps) {
  const { connection, user, role } = useBoard();
  const { awareness } = connection;
  // First: what the hooks below publish goes out through the throttled sender (effects run in order).
  useEffect(() => connection.sendAwarenessWith(throttleAwarenessBroadcast), [connection]);
  usePublishPresence(awareness, user, role);
  useFollow(awareness);
  useCanvasPeers(awareness, presence, PRESENCE_DRAWING);
  return <PresenceList awareness={awareness} />;
}
