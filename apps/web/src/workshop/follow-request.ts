import type { ViewportRequest } from '@journeyboard/journey';
import type { Size, Viewport } from '../state/viewport';

// "Bring everyone to me" sends the board point at the centre of the facilitator's screen and their zoom;
// each client centres that point on its own screen, whatever its size.

export function requestFromViewport(viewport: Viewport, size: Size): { x: number; y: number; zoom: number } {
  return {
    x: (size.width / 2 - viewport.x) / viewport.scale,
    y: (size.height / 2 - viewport.y) / viewport.scale,
    zoom: viewport.scale,
  };
}

export function viewportForRequest(request: Pick<ViewportRequest, 'x' | 'y' | 'zoom'>, size: Size): Viewport {
  return {
    x: size.width / 2 - request.x * request.zoom,
    y: size.height / 2 - request.y * request.zoom,
    scale: request.zoom,
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
