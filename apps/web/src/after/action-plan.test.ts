import { type BoardSnapshot, type Opportunity, readBoard } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { actionPlanRows, DEFAULT_SORT, isOverdue, localIsoDate, NO_FILTER, nextSort } from './action-plan';

const opp = (id: string, fields: Partial<Opportunity>): Opportunity => ({
  id,
  title: id,
  description: '',
  stepIds: [],
  noteIds: [],
  owner: '',
  deadline: null,
  priority: 'medium',
  status: 'idea',
  doneAt: null,
  votes: 0,
  order: id,
  ...fields,
});

function boardWith(opportunities: Opportunity[]): BoardSnapshot {
  const empty = readBoard(new Y.Doc());
  return {
    ...empty,
    steps: [{ ...({} as BoardSnapshot['steps'][number]), id: 's1', title: 'Sign contract' }],
    opportunities,
  };
}

const TODAY = '2026-11-22';

describe('isOverdue', () => {
  test('past deadline and not done', () => {
    expect(isOverdue({ deadline: '2026-11-21', status: 'planned' }, TODAY)).toBe(true);
    expect(isOverdue({ deadline: TODAY, status: 'planned' }, TODAY)).toBe(false);
    expect(isOverdue({ deadline: '2026-01-01', status: 'done' }, TODAY)).toBe(false);
    expect(isOverdue({ deadline: null, status: 'idea' }, TODAY)).toBe(false);
  });
  test('local ISO date', () => {
    expect(localIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('actionPlanRows', () => {
  const board = boardWith([
    opp('a', { title: 'Welcome pack', priority: 'low', votes: 3, deadline: '2026-12-01' }),
    opp('b', {
      title: 'Laptop on day one',
      priority: 'high',
      votes: 1,
      stepIds: ['s1', 'gone'],
      owner: 'IT',
      deadline: '2026-11-01',
    }),
    opp('c', { title: 'Buddy', priority: 'high', votes: 5, status: 'done', deadline: '2026-10-01' }),
  ]);

  test('default sort: highest priority first, ties in board order', () => {
    expect(actionPlanRows(board, NO_FILTER, DEFAULT_SORT, TODAY).map((r) => r.opportunity.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  test('linked step titles (unknown ids dropped) and overdue flags', () => {
    const rows = actionPlanRows(board, NO_FILTER, DEFAULT_SORT, TODAY);
    expect(rows[0]).toMatchObject({ stepTitles: ['Sign contract'], overdue: true });
    expect(rows[1]!.overdue).toBe(false);
  });

  test('sorts by each column both ways; missing deadlines last', () => {
    const ids = (key: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending') =>
      actionPlanRows(board, NO_FILTER, { key, direction }, TODAY).map((r) => r.opportunity.id);
    expect(ids('votes', 'descending')).toEqual(['c', 'a', 'b']);
    expect(ids('title', 'ascending')).toEqual(['c', 'b', 'a']);
    expect(ids('deadline', 'ascending')).toEqual(['c', 'b', 'a']);
    expect(ids('status', 'descending')).toEqual(['c', 'a', 'b']);
    expect(ids('owner', 'descending')[0]).toBe('b');
    expect(ids('steps', 'descending')[0]).toBe('b');
    const undated = boardWith([opp('x', {}), opp('y', { deadline: '2026-01-01' })]);
    expect(
      actionPlanRows(undated, NO_FILTER, { key: 'deadline', direction: 'ascending' }, TODAY).map(
        (r) => r.opportunity.id,
      ),
    ).toEqual(['y', 'x']);
  });

  test('filters by text (also step titles), status, priority and overdue', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      actionPlanRows(board, { ...NO_FILTER, ...filter }, DEFAULT_SORT, TODAY).map((r) => r.opportunity.id);
    expect(ids({ text: 'contract' })).toEqual(['b']);
    expect(ids({ text: 'BUDDY' })).toEqual(['c']);
    expect(ids({ status: 'done' })).toEqual(['c']);
    expect(ids({ priority: 'low' })).toEqual(['a']);
    expect(ids({ overdueOnly: true })).toEqual(['b']);
  });
});

describe('nextSort', () => {
  test('new column: numbers and priority descend first; same column flips', () => {
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'votes')).toEqual({ key: 'votes', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'priority')).toEqual({ key: 'priority', direction: 'ascending' });
  });
});
