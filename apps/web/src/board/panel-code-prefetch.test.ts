import { describe, expect, it, vi } from 'vitest';
import type { IdleScheduler } from '../app/use-idle-after';
import { panelCodeFor, prefetchPanelCode } from './panel-code-prefetch';

/** An idle scheduler that runs its callback only when the test says the browser is idle. */
function manualIdle() {
  let pending: (() => void) | null = null;
  const idle: IdleScheduler = {
    request(callback) {
      pending = callback;
      return () => {
        pending = null;
      };
    },
  };
  return { idle, becomeIdle: () => pending?.() };
}

describe('panelCodeFor', () => {
  it('fetches the after-the-workshop panel for everyone, the customer-feedback panel for the facilitator', () => {
    expect(panelCodeFor('facilitator')).toEqual(['after', 'feedback']);
    expect(panelCodeFor('participant')).toEqual(['after']);
    expect(panelCodeFor('observer')).toEqual(['after']);
  });
});

describe('prefetchPanelCode', () => {
  it('waits for an idle moment, then fetches each panel once', () => {
    const loaders = { after: vi.fn(async () => 'after'), feedback: vi.fn(async () => 'feedback') };
    const { idle, becomeIdle } = manualIdle();
    prefetchPanelCode(['after', 'feedback'], loaders, idle);
    expect(loaders.after).not.toHaveBeenCalled();
    becomeIdle();
    expect(loaders.after).toHaveBeenCalledTimes(1);
    expect(loaders.feedback).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing once cancelled (the board closed first)', () => {
    const loaders = { after: vi.fn(async () => 'after'), feedback: vi.fn(async () => 'feedback') };
    const { idle, becomeIdle } = manualIdle();
    prefetchPanelCode(['after'], loaders, idle)();
    becomeIdle();
    expect(loaders.after).not.toHaveBeenCalled();
  });

  it('leaves a panel whose code did not arrive to load when opened, without an unhandled rejection', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch dynamically imported module: x'));
    const loaders = { after: vi.fn(() => failed), feedback: vi.fn(async () => 'feedback') };
    const { idle, becomeIdle } = manualIdle();
    prefetchPanelCode(['after', 'feedback'], loaders, idle);
    becomeIdle();
    await Promise.resolve();
    expect(loaders.feedback).toHaveBeenCalledTimes(1);
  });
});
