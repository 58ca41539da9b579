import { describe, expect, test } from 'vitest';
import { FOLLOW_WINDOW_MS, requestFromViewport, shouldFollow, viewportForRequest } from './follow-request';

describe('bring everyone to me', () => {
  test('the facilitator centre point lands at the centre of screens of any size', () => {
    const request = requestFromViewport({ x: -300, y: 50, scale: 2 }, { width: 1200, height: 800 });
    expect(request).toEqual({ x: 450, y: 175, zoom: 2, width: 600, height: 400 });
    const big = viewportForRequest(request, { width: 1600, height: 1000 });
    // Board point (450, 175) maps to screen (800, 500), the centre of the bigger screen, at the same zoom.
    expect(450 * big.scale + big.x).toBe(800);
    expect(175 * big.scale + big.y).toBe(500);
    expect(big.scale).toBe(2);
    // A smaller screen zooms out just enough to show everything the facilitator sees.
    const small = viewportForRequest(request, { width: 400, height: 300 });
    expect(450 * small.scale + small.x).toBe(200);
    expect(175 * small.scale + small.y).toBe(150);
    expect(small.scale).toBeCloseTo(2 / 3, 6);
  });

  test('what the facilitator sees beside their panels lands beside ours, never under them', () => {
    // The facilitator's right 360 px are under a panel: the request describes the 840 px left of it.
    const request = requestFromViewport({ x: 0, y: 0, scale: 1 }, { x: 0, y: 0, width: 840, height: 800 });
    expect(request).toMatchObject({ x: 420, y: 400, width: 840, height: 800 });
    // Our visible part starts 300 px in (a panel at the left) and is 1000 px wide.
    const view = viewportForRequest(request, { x: 300, y: 0, width: 1000, height: 800 });
    const left = 0 * view.scale + view.x;
    const right = 840 * view.scale + view.x;
    expect(left).toBeGreaterThanOrEqual(300);
    expect(right).toBeLessThanOrEqual(1300);
    expect(view.scale).toBe(1);
  });

  test('a request without a size (an older client) keeps its zoom', () => {
    const view = viewportForRequest({ x: 100, y: 100, zoom: 1.5 }, { width: 200, height: 200 });
    expect(view.scale).toBe(1.5);
  });

  const request = { id: 'v1', x: 0, y: 0, zoom: 1, requestedBy: 'fac', at: 1000 };
  test('participants and observers follow a fresh request once', () => {
    expect(shouldFollow(request, { id: 'ann', role: 'participant' }, null, 1500)).toBe(true);
    expect(shouldFollow(request, { id: 'obs', role: 'observer' }, null, 1500)).toBe(true);
    expect(shouldFollow(request, { id: 'ann', role: 'participant' }, 'v1', 1500)).toBe(false);
  });
  test('the facilitator and the requester stay put, and old requests are ignored', () => {
    expect(shouldFollow(request, { id: 'fac2', role: 'facilitator' }, null, 1500)).toBe(false);
    expect(shouldFollow(request, { id: 'fac', role: 'participant' }, null, 1500)).toBe(false);
    expect(shouldFollow(request, { id: 'ann', role: 'participant' }, null, 1000 + FOLLOW_WINDOW_MS + 1)).toBe(
      false,
    );
    expect(shouldFollow(null, { id: 'ann', role: 'participant' }, null, 0)).toBe(false);
  });
});
