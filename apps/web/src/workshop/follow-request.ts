import type { ViewportRequest } from '@journeyboard/journey';
import { clampScale, type Point, type Size, type Viewport } from '../state/viewport';

// "Bring everyone to me" sends the board point at the centre of what the facilitator sees (the part of
// their canvas no panel covers), their zoom and how much of the board that is; each client centres that
// point in what it sees, at that zoom, or zoomed out just enough to show all of it.

/** A part of the canvas in screen pixels; without x and y it starts at the canvas's corner. */
export type Area = Size & Partial<Point>;

export function requestFromViewport(
  viewport: Viewport,
  area: Area,
): { x: number; y: number; zoom: number; width: number; height: number } {
  const left = area.x ?? 0;
  const top = area.y ?? 0;
  return {
    x: (left + area.width / 2 - viewport.x) / viewport.scale,
    y: (top + area.height / 2 - viewport.y) / viewport.scale,
    zoom: viewport.scale,
    width: area.width / viewport.scale,
    height: area.height / viewport.scale,
  };
}

export function viewportForRequest(
  request: Pick<ViewportRequest, 'x' | 'y' | 'zoom'> & { readonly width?: number; readonly height?: number },
  area: Area,
): Viewport {
  const left = area.x ?? 0;
  const top = area.y ?? 0;
  // Older facilitators' requests carry no size: their zoom, as before.
  const fit = Math.min(
    request.width && request.width > 0 ? area.width / request.width : Number.POSITIVE_INFINITY,
    request.height && request.height > 0 ? area.height / request.height : Number.POSITIVE_INFINITY,
  );
  const scale = clampScale(Math.min(request.zoom, fit));
  return {
    x: left + area.width / 2 - request.x * scale,
    y: top + area.height / 2 - request.y * scale,
    scale,
  };
}

/** Requests older than this are history (e.g. seen on reload), not an instruction to move now. */
export const FOLLOW_WINDOW_MS = 20_000;

export function shouldFollow(
  request: ViewportRequest | null,
  me: { readonly id: string; readonly role: string },
  lastFollowedId: string | null,
  serverNow: number,
): request is ViewportRequest {
  if (!request || me.role === 'facilitator' || request.requestedBy === me.id) return false;
  if (request.id === lastFollowedId) return false;
  return Math.abs(serverNow - request.at) <= FOLLOW_WINDOW_MS;
}
