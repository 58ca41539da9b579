import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../app/api-client';
import type { BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { ballotsOf } from './board-ballots';

const made = vi.hoisted(() => [] as { caller: unknown; onError: (error: unknown) => void; loads: number }[]);
vi.mock('./own-ballots-store', () => ({
  OwnBallotsStore: class {
    readonly record: { caller: unknown; onError: (error: unknown) => void; loads: number };
    constructor(caller: unknown, onError: (error: unknown) => void) {
      this.record = { caller, onError, loads: 0 };
      made.push(this.record);
    }
    load() {
      this.record.loads += 1;
      return Promise.resolve();
    }
  },
}));

function board(scope: object): BoardContextValue {
  return { boardId: 'b1', key: 'k1', identityToken: 'tok', scope } as unknown as BoardContextValue;
}

afterEach(() => {
  made.length = 0;
});

describe('ballotsOf', () => {
  it('makes one store per open board, asked for its ballots once, the same across reconnections', () => {
    const scope = {};
    const first = ballotsOf(board(scope));
    // A reconnection makes a new context value with the same scope.
    expect(ballotsOf(board(scope))).toBe(first);
    expect(made).toHaveLength(1);
    expect(made[0]?.caller).toEqual({ boardId: 'b1', key: 'k1', identityToken: 'tok' });
    expect(made[0]?.loads).toBe(1);
    // Another board (or identity) has its own.
    expect(ballotsOf(board({}))).not.toBe(first);
    expect(made).toHaveLength(2);
  });

  it('says in words why a rating or dot was not recorded', () => {
    ballotsOf(board({}));
    made[0]?.onError(new ApiError('unauthorized', 'observers do not rate or vote', 403));
    expect(usePanelStore.getState().announcement.text).toBe(
      'Your rating or vote was not recorded: observers do not rate or vote.',
    );
  });
});
