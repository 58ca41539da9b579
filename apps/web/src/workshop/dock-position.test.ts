import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, columnX, ROW_HEADER_WIDTH } from '../canvas/layout';
import { columnOfStep, dockLeft } from './dock-position';

const structure = {
  journeyId: 'j',
  sections: [
    { stageId: 's1', stepIds: ['a', 'b'] },
    { stageId: 's2', stepIds: [] },
    { stageId: 's3', stepIds: ['c'] },
    { stageId: null, stepIds: ['d'] },
  ],
};

describe('columnOfStep', () => {
  it('counts columns as the canvas lays them out (an empty stage keeps one)', () => {
    expect(columnOfStep(structure, 'a')).toBe(0);
    expect(columnOfStep(structure, 'b')).toBe(1);
    expect(columnOfStep(structure, 'c')).toBe(3);
    expect(columnOfStep(structure, 'd')).toBe(4);
    expect(columnOfStep(structure, 'gone')).toBeNull();
  });
});

describe('dockLeft', () => {
  const canvas = { width: 1000, height: 700 };
  it('centres the dock under its step’s column when there is room', () => {
    const viewport = { x: 0, y: 0, scale: 1 };
    const left = dockLeft(1, viewport, canvas, 200);
    expect(left + 100).toBe(columnX(1) + COLUMN_WIDTH / 2);
  });

  it('stays clear of the pinned row headers and inside the right edge', () => {
    expect(dockLeft(0, { x: -500, y: 0, scale: 1 }, canvas, 200)).toBe(ROW_HEADER_WIDTH + 8);
    expect(dockLeft(30, { x: 0, y: 0, scale: 1 }, canvas, 200)).toBe(1000 - 200 - 8);
  });

  it('is always in view, whatever the pan and zoom', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: -50_000, max: 50_000, noNaN: true }),
        fc.double({ min: 0.03, max: 4, noNaN: true }),
        (column, x, scale) => {
          const left = dockLeft(column, { x, y: 0, scale }, canvas, 220);
          expect(left).toBeGreaterThanOrEqual(8);
          expect(left + 220).toBeLessThanOrEqual(canvas.width - 8);
        },
      ),
    );
  });
});
