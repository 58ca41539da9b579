import { describe, expect, it } from 'vitest';
import { scoreColor } from './emotion-curve-path';
import { curveDots, DOT_RADIUS, type DotContext, drawCurveDots, headerBoxes } from './far-marks';
import { COLUMN_WIDTH, columnX, STAGE_BAND_HEIGHT, STEP_HEADER_HEIGHT } from './layout';

const columns = [
  { index: 0, stepId: 'a' },
  { index: 1, stepId: 'b' },
  { index: 2, stepId: null },
  { index: 3, stepId: 'c' },
];

describe('headerBoxes', () => {
  it('boxes every step column in range, where the step header draws its box', () => {
    expect(headerBoxes(columns, 0, 3, null)).toEqual(
      [0, 1, 3].map((index) => ({
        x: columnX(index),
        y: STAGE_BAND_HEIGHT + 4,
        width: COLUMN_WIDTH,
        height: STEP_HEADER_HEIGHT - 8,
      })),
    );
  });

  it('leaves out the selected step (drawn on its own) and what is out of range', () => {
    expect(headerBoxes(columns, 1, 3, 'c').map((box) => box.x)).toEqual([columnX(1)]);
    expect(headerBoxes(columns, -5, 0, 'b').map((box) => box.x)).toEqual([columnX(0)]);
    expect(headerBoxes(columns, 2, 1, null)).toEqual([]);
  });
});

function recorder() {
  const calls: string[] = [];
  const context: DotContext = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    beginPath: () => calls.push('begin'),
    moveTo: () => {},
    arc: (x, y, r) => calls.push(`arc ${x},${y},${r}`),
    fill: () => calls.push(`fill ${context.fillStyle}`),
    stroke: () => calls.push(`stroke ${context.strokeStyle} ${context.lineWidth}`),
  };
  return { context, calls };
}

describe('curve dots', () => {
  it('colours each dot by its score', () => {
    expect(curveDots([{ x: 1, y: 2, value: 9 }])).toEqual([{ x: 1, y: 2, color: scoreColor(9) }]);
  });

  it('fills dots of one colour together and outlines all of them in white once', () => {
    const { context, calls } = recorder();
    drawCurveDots(
      context,
      curveDots([
        { x: 0, y: 0, value: 1 },
        { x: 10, y: 0, value: 10 },
        { x: 20, y: 0, value: 1 },
      ]),
    );
    expect(calls.filter((call) => call.startsWith('fill'))).toEqual([
      `fill ${scoreColor(1)}`,
      `fill ${scoreColor(10)}`,
    ]);
    expect(calls.filter((call) => call.startsWith('stroke'))).toEqual(['stroke #ffffff 2']);
    // Every dot is traced for its fill and once more for the outline.
    expect(calls.filter((call) => call.startsWith('arc'))).toHaveLength(6);
    expect(calls).toContain(`arc 20,0,${DOT_RADIUS}`);
  });
});
