import { describe, expect, it } from 'vitest';
import { cpuTimes, waitForQuietMachine } from './quiet-machine';

describe('cpuTimes', () => {
  it('sums the busy and idle columns of /proc/stat', () => {
    const stat = 'cpu  100 5 50 1000 20 1 2 3 0 0\ncpu0 50 2 25 500 10 0 1 1 0 0\n';
    expect(cpuTimes(stat)).toEqual({ busy: 161, total: 1181 });
  });

  it('is null when there is no aggregate line', () => {
    expect(cpuTimes('intr 1 2 3\n')).toBeNull();
  });
});

describe('waitForQuietMachine', () => {
  function samples(shares: number[]) {
    let busy = 0;
    let total = 0;
    let at = 0;
    return () => {
      const share = shares[Math.min(at, shares.length - 1)] ?? 0;
      at += 1;
      busy += share * 100;
      total += 100;
      return { busy, total };
    };
  }

  it('returns once a window is under the share', async () => {
    const wait = await waitForQuietMachine({ windowMs: 5, timeoutMs: 1000 }, samples([0, 0.9, 0.8, 0.05]));
    expect(wait.quiet).toBe(true);
  });

  it('gives up at the timeout while the machine stays busy', async () => {
    const wait = await waitForQuietMachine({ windowMs: 5, timeoutMs: 60 }, samples([0.9]));
    expect(wait.quiet).toBe(false);
    expect(wait.waitedMs).toBeGreaterThanOrEqual(60);
  });

  it('waits the fallback time where CPU time cannot be read', async () => {
    const wait = await waitForQuietMachine({ fallbackMs: 20 }, () => null);
    expect(wait).toMatchObject({ quiet: false });
    expect(wait.waitedMs).toBeGreaterThanOrEqual(19);
  });

  it('reads this machine on Linux', () => {
    if (process.platform === 'linux') expect(cpuTimes()?.total).toBeGreaterThan(0);
    else expect(cpuTimes()).toBeNull();
  });
});
