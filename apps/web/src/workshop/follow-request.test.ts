import { describe, expect, test } from 'vitest';
import { FOLLOW_WINDOW_MS, requestFromViewport, shouldFollow, viewportForRequest } from './follow-request';

describe('bring everyone to me', () => {
  test('the facilitator centre point lands at the centre of screens of any size', () => {
    const request = requestFromViewport({ x: -300, y: 50, scale: 2 }, { width: 1200, height: 800 });
    expect(request).toEqual({ x: 450, y: 175, zoom: 2 });
    const small = viewportForRequest(request, { width: 400, height: 300 });
    // Board point (450, 175) maps to screen (200, 150), the centre of the small screen.
    expect(450 * small.scale + small.x).toBe(200);
    expect(175 * small.scale + small.y).toBe(150);
    expect(small.scale).toBe(2);
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
