import { describe, expect, it } from 'vitest';
import { tracePolyline } from './polyline';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
    closePath: () => calls.push('Z'),
  };
}

describe('tracePolyline', () => {
  it('moves to the first point and draws straight segments through the rest', () => {
    const context = recorder();
    tracePolyline(context, [0, 0, 10, 5, 20, 0], false);
    expect(context.calls).toEqual(['M0,0', 'L10,5', 'L20,0']);
  });

  it('closes the path when asked (the cursor arrow)', () => {
    const context = recorder();
    tracePolyline(context, [0, 0, 0, 16, 12, 12], true);
    expect(context.calls.at(-1)).toBe('Z');
  });

  it('draws nothing for fewer than two points, and ignores a dangling coordinate', () => {
    const short = recorder();
    tracePolyline(short, [5, 5], false);
    expect(short.calls).toEqual([]);
    const odd = recorder();
    tracePolyline(odd, [0, 0, 1, 1, 7], false);
    expect(odd.calls).toEqual(['M0,0', 'L1,1']);
  });
});
