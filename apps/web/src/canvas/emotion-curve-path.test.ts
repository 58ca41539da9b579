import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOutline,
  bandPath,
  clipSmoothPath,
  monotonePath,
  scoreColor,
  scoreGradientStops,
  scoreToY,
  toSvgPath,
  traceSmoothPaths,
} from './emotion-curve-path';

function cubicAt(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

describe('monotonePath', () => {
  it('returns null for no points and a bare move for one', () => {
    expect(monotonePath([])).toBeNull();
    expect(toSvgPath(monotonePath([{ x: 5, y: 7 }]))).toBe('M5,7');
  });

  it('draws a straight line through two points', () => {
    expect(
      toSvgPath(
        monotonePath([
          { x: 0, y: 0 },
          { x: 30, y: 30 },
        ]),
      ),
    ).toBe('M0,0C10,10,20,20,30,30');
  });

  it('passes through every point in order', () => {
    const points = [
      { x: 0, y: 50 },
      { x: 100, y: 20 },
      { x: 200, y: 80 },
      { x: 300, y: 80 },
    ];
    const path = monotonePath(points)!;
    expect(path.start).toEqual(points[0]);
    expect(path.segments.map((segment) => segment.end)).toEqual(points.slice(1));
  });

  it('is flat at a local extremum and along a plateau', () => {
    const path = monotonePath([
      { x: 0, y: 50 },
      { x: 100, y: 10 },
      { x: 200, y: 50 },
      { x: 300, y: 50 },
      { x: 400, y: 50 },
    ])!;
    expect(path.segments[0]!.cp2.y).toBe(10);
    expect(path.segments[1]!.cp1.y).toBe(10);
    expect(path.segments[3]!.cp1.y).toBe(50);
    expect(path.segments[3]!.cp2.y).toBe(50);
  });

  it('skips non-finite points and points that do not move right', () => {
    const path = monotonePath([
      { x: 0, y: 1 },
      { x: Number.NaN, y: 3 },
      { x: 10, y: 2 },
      { x: 10, y: 9 },
      { x: 5, y: 9 },
      { x: 20, y: Number.POSITIVE_INFINITY },
    ])!;
    expect(path.segments).toHaveLength(1);
    expect(path.segments[0]!.end).toEqual({ x: 10, y: 2 });
  });

  it('never overshoots the two points of a segment (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 10 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          let x = 0;
          const points = pairs.map(([dx, score]) => {
            x += dx;
            return { x, y: score };
          });
          const path = monotonePath(points)!;
          let previous = path.start;
          for (const segment of path.segments) {
            const low = Math.min(previous.y, segment.end.y) - 1e-9;
            const high = Math.max(previous.y, segment.end.y) + 1e-9;
            for (let t = 0; t <= 1; t += 0.05) {
              const y = cubicAt(previous.y, segment.cp1.y, segment.cp2.y, segment.end.y, t);
              if (y < low || y > high) return false;
            }
            previous = segment.end;
          }
          return true;
        },
      ),
    );
  });
});

describe('bandPath', () => {
  it('closes a band from the upper curve and the lower curve reversed', () => {
    const d = bandPath(
      [
        { x: 0, y: 10 },
        { x: 30, y: 10 },
      ],
      [
        { x: 0, y: 40 },
        { x: 30, y: 40 },
      ],
    );
    expect(d).toBe('M0,10C10,10,20,10,30,10L30,40C20,40,10,40,0,40Z');
  });

  it('is empty without points', () => {
    expect(bandPath([], [])).toBe('');
  });
});

describe('clipSmoothPath', () => {
  const path = monotonePath([0, 100, 200, 300, 400].map((x) => ({ x, y: x / 10 })));

  it('keeps the segments in view and the ones crossing its edges, starting where the first one starts', () => {
    const clipped = clipSmoothPath(path, 150, 250);
    expect(clipped?.start).toEqual({ x: 100, y: 10 });
    expect(clipped?.segments.map((segment) => segment.end.x)).toEqual([200, 300]);
  });

  it('returns the same path when all of it is in view, and nothing when none is', () => {
    expect(clipSmoothPath(path, -50, 450)).toBe(path);
    expect(clipSmoothPath(path, 500, 600)).toBeNull();
    expect(clipSmoothPath(path, -300, -200)).toBeNull();
    expect(clipSmoothPath(null, 0, 10)).toBeNull();
  });

  it('draws the same curve as the whole path where it is in view', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 500 }), fc.integer({ min: 0, max: 300 }), (minX, width) => {
        const clipped = clipSmoothPath(path, minX, minX + width);
        if (!path || !clipped) return true;
        const all = [path.start, ...path.segments.map((segment) => segment.end)];
        const kept = [clipped.start, ...clipped.segments.map((segment) => segment.end)];
        // Every point in view is kept, in order, as part of one contiguous run of the original points.
        const inView = all.filter((point) => point.x >= minX && point.x <= minX + width);
        const offset = all.indexOf(kept[0]!);
        return (
          inView.every((point) => kept.includes(point)) && kept.every((point, i) => point === all[offset + i])
        );
      }),
    );
  });
});

describe('traceSmoothPaths', () => {
  /** Records drawing calls as SVG path data (whole numbers only, as in these fixtures). */
  function recorder() {
    let d = '';
    return {
      sink: {
        moveTo: (x: number, y: number) => {
          d += `M${x},${y}`;
        },
        lineTo: (x: number, y: number) => {
          d += `L${x},${y}`;
        },
        bezierCurveTo: (a: number, b: number, c: number, e: number, x: number, y: number) => {
          d += `C${a},${b},${c},${e},${x},${y}`;
        },
        closePath: () => {
          d += 'Z';
        },
      },
      data: () => d,
    };
  }

  it('draws exactly the band that bandPath describes', () => {
    const upper = [
      { x: 0, y: 10 },
      { x: 30, y: 10 },
    ];
    const lower = [
      { x: 0, y: 40 },
      { x: 30, y: 40 },
    ];
    const drawn = recorder();
    traceSmoothPaths(drawn.sink, bandOutline(upper, lower) ?? [], true);
    expect(drawn.data()).toBe(bandPath(upper, lower));
  });

  it('draws one open curve as its SVG data, and nothing without paths', () => {
    const path = monotonePath([
      { x: 0, y: 0 },
      { x: 30, y: 30 },
      { x: 60, y: 0 },
    ]);
    const drawn = recorder();
    traceSmoothPaths(drawn.sink, path ? [path] : []);
    expect(drawn.data()).toBe(toSvgPath(path));
    const empty = recorder();
    traceSmoothPaths(empty.sink, [], true);
    expect(empty.data()).toBe('');
    expect(bandOutline([], [])).toBeNull();
  });
});

describe('scores', () => {
  it('puts 10 at the top and 1 at the bottom of the row, clamping others', () => {
    expect(scoreToY(10, 100, 200, 20)).toBe(120);
    expect(scoreToY(1, 100, 200, 20)).toBe(280);
    expect(scoreToY(5.5, 100, 200, 20)).toBe(200);
    expect(scoreToY(42, 100, 200, 20)).toBe(120);
    expect(scoreToY(-3, 100, 200, 20)).toBe(280);
  });

  it('colours low scores red, middle ones amber and high ones green', () => {
    expect(scoreColor(1)).toBe('#dc2626');
    expect(scoreColor(10)).toBe('#16a34a');
    expect(scoreColor(5.5)).toBe('#eab308');
    expect(scoreColor(Number.NaN)).toBe('#dc2626');
    const redness = (hex: string) =>
      Number.parseInt(hex.slice(1, 3), 16) - Number.parseInt(hex.slice(3, 5), 16);
    expect(redness(scoreColor(2))).toBeGreaterThan(redness(scoreColor(8)));
  });

  it('builds gradient stops from green at the top to red at the bottom', () => {
    const stops = scoreGradientStops(2);
    expect(stops).toEqual([0, '#16a34a', 0.5, '#eab308', 1, '#dc2626']);
  });
});
