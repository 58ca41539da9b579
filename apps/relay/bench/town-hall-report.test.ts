import { describe, expect, it } from 'vitest';
import { townHallOptionsFrom } from './town-hall-report';

describe('town hall options from the environment', () => {
  it('takes the defaults: 10 writers, 990 observers in 2 processes on one relay, one per relay on several', () => {
    const one = townHallOptionsFrom({}, 1);
    expect(one).toMatchObject({
      writers: 10,
      observers: 990,
      observerProcesses: 2,
      observerNice: 0,
      rate: 3,
    });
    expect(townHallOptionsFrom({}, 3).observerProcesses).toBe(3);
  });

  it('runs the observers nicer, or under SCHED_IDLE, only when asked', () => {
    expect(townHallOptionsFrom({ BENCH_TOWNHALL_OBSERVER_NICE: '10' }, 1).observerNice).toBe(10);
    expect(townHallOptionsFrom({ BENCH_TOWNHALL_OBSERVER_NICE: 'idle' }, 1).observerNice).toBe('idle');
    expect(townHallOptionsFrom({ BENCH_TOWNHALL_OBSERVER_NICE: '' }, 1).observerNice).toBe(0);
  });

  it('refuses a niceness it cannot apply, naming the setting', () => {
    for (const value of ['20', '-1', '2.5', 'low']) {
      expect(() => townHallOptionsFrom({ BENCH_TOWNHALL_OBSERVER_NICE: value }, 1)).toThrow(
        /BENCH_TOWNHALL_OBSERVER_NICE/,
      );
    }
  });
});
