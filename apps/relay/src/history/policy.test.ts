import { describe, expect, test } from 'vitest';
import type { CheckpointInfo } from '../storage/store';
import { ActivityTracker } from './activity';
import { historyOptionsFrom } from './options';
import { checkpointDue, checkpointsToPrune, MAX_AUTO_CHECKPOINTS, replayFrames } from './policy';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
let nextId = 1;
const cp = (createdAt: number, kind: CheckpointInfo['kind'] = 'auto'): CheckpointInfo => ({
  id: nextId++,
  boardId: 'b',
  kind,
  name: kind === 'named' ? 'x' : null,
  createdAt,
  bytes: 100,
});

describe('checkpointsToPrune', () => {
  const now = 400 * DAY;

  test('keeps everything younger than six hours and every named checkpoint', () => {
    const list = [cp(now - 5 * HOUR), cp(now - 3 * MIN), cp(now - MIN), cp(now - 200 * DAY, 'named')];
    expect(checkpointsToPrune(list, now)).toEqual([]);
  });

  test('keeps the newest of each hour between six hours and seven days', () => {
    const base = Math.floor((now - 10 * HOUR) / HOUR) * HOUR;
    const a = cp(base + 5 * MIN);
    const b = cp(base + 20 * MIN);
    const c = cp(base + 50 * MIN);
    const d = cp(base - 30 * MIN);
    const recent = cp(now - MIN);
    expect(checkpointsToPrune([a, b, c, d, recent], now).sort()).toEqual([a.id, b.id].sort());
  });

  test('keeps the newest of each day up to 90 days, nothing older, but always the newest one', () => {
    const day = Math.floor((now - 20 * DAY) / DAY) * DAY;
    const early = cp(day + HOUR);
    const late = cp(day + 5 * HOUR);
    const ancient = cp(now - 120 * DAY);
    expect(checkpointsToPrune([early, late, ancient, cp(now - MIN)], now).sort()).toEqual(
      [early.id, ancient.id].sort(),
    );
    const lonely = cp(now - 365 * DAY);
    expect(checkpointsToPrune([lonely], now)).toEqual([]);
  });

  test('never keeps more than the cap of automatic checkpoints, dropping the oldest', () => {
    const list = Array.from({ length: MAX_AUTO_CHECKPOINTS + 25 }, (_, i) => cp(now - i * 1000));
    const pruned = checkpointsToPrune(list, now);
    expect(pruned).toHaveLength(25);
    const oldest = [...list]
      .sort((x, y) => x.createdAt - y.createdAt)
      .slice(0, 25)
      .map((c) => c.id);
    expect(pruned.sort()).toEqual(oldest.sort());
  });

  test('stays bounded over a simulated month of activity every three minutes', () => {
    let kept: CheckpointInfo[] = [];
    const start = now - 30 * DAY;
    let max = 0;
    for (let t = start; t <= now; t += 3 * MIN) {
      kept.push(cp(t));
      const drop = new Set(checkpointsToPrune(kept, t));
      kept = kept.filter((c) => !drop.has(c.id));
      max = Math.max(max, kept.length);
    }
    expect(max).toBeLessThanOrEqual(MAX_AUTO_CHECKPOINTS);
    // 6 h at full resolution: 121 checkpoints; then hourly: there is no room left for older ones.
    expect(kept.filter((c) => now - c.createdAt < 6 * HOUR)).toHaveLength(120);
  });
});

describe('checkpointDue', () => {
  const options = { quietMs: 30_000, minIntervalMs: 3 * MIN, maxDelayMs: 10 * MIN };
  test('after a burst has been quiet long enough', () => {
    expect(checkpointDue({ firstAt: 0, lastAt: 10_000 }, null, 30_000, options)).toBe(false);
    expect(checkpointDue({ firstAt: 0, lastAt: 10_000 }, null, 40_000, options)).toBe(true);
  });
  test('at most every few minutes', () => {
    expect(checkpointDue({ firstAt: 0, lastAt: 0 }, -2 * MIN, 59_000, options)).toBe(false);
    expect(checkpointDue({ firstAt: -MIN, lastAt: -MIN }, -2 * MIN, 60_000, options)).toBe(true);
  });
  test('a burst that never pauses is saved after the maximum delay', () => {
    expect(checkpointDue({ firstAt: 0, lastAt: 9 * MIN }, null, 9 * MIN + 1, options)).toBe(false);
    expect(checkpointDue({ firstAt: 0, lastAt: 10 * MIN }, null, 10 * MIN, options)).toBe(true);
  });
});

describe('replayFrames', () => {
  test('spreads frames evenly, first and last included, oldest first', () => {
    const list = Array.from({ length: 10 }, (_, i) => cp(1000 * (10 - i)));
    const frames = replayFrames(list, 4);
    expect(frames.map((f) => f.createdAt)).toEqual([1000, 4000, 7000, 10000]);
    expect(replayFrames(list, 50)).toHaveLength(10);
    expect(replayFrames(list, 1).map((f) => f.createdAt)).toEqual([10000]);
  });
});

describe('ActivityTracker', () => {
  test('tracks content and questions rooms, not the session, and keeps activity after a checkpoint read', () => {
    let now = 100;
    const tracker = new ActivityTracker(() => now);
    tracker.recordRoom('b1/session');
    expect(tracker.pending().size).toBe(0);
    tracker.recordRoom('b1/content');
    now = 200;
    tracker.recordRoom('b1/questions');
    expect(tracker.pending().get('b1')).toEqual({ firstAt: 100, lastAt: 200 });
    tracker.saved('b1', 150);
    expect(tracker.pending().get('b1')).toEqual({ firstAt: 150, lastAt: 200 });
    tracker.saved('b1', 200);
    expect(tracker.pending().has('b1')).toBe(false);
  });
});

describe('historyOptionsFrom', () => {
  test('defaults, and a scheduler fast enough for short intervals', () => {
    expect(historyOptionsFrom({})).toMatchObject({ quietMs: 30_000, minIntervalMs: 180_000, tickMs: 5_000 });
    expect(historyOptionsFrom({ HISTORY_QUIET_MS: 200, HISTORY_MIN_INTERVAL_MS: 400 }).tickMs).toBe(100);
  });
});
