import {
  type BoardSnapshot,
  OPPORTUNITY_STATUSES,
  type Opportunity,
  type OpportunityStatus,
  PRIORITIES,
  type Priority,
} from '@journeyboard/journey';
import type { MessageKey } from '../i18n/i18n';

export const ACTION_SORT_KEYS = [
  'title',
  'steps',
  'owner',
  'deadline',
  'priority',
  'status',
  'votes',
] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ActionSort {
  readonly key: ActionSortKey;
  readonly direction: SortDirection;
}

export interface ActionFilter {
  /** Matched (case-insensitive) against title, description, owner and linked step titles. */
  readonly text: string;
  readonly status: OpportunityStatus | 'all';
  readonly priority: Priority | 'all';
  readonly overdueOnly: boolean;
}

export const NO_FILTER: ActionFilter = { text: '', status: 'all', priority: 'all', overdueOnly: false };
export const DEFAULT_SORT: ActionSort = { key: 'priority', direction: 'descending' };

export interface ActionRow {
  readonly opportunity: Opportunity;
  readonly stepTitles: readonly string[];
  readonly overdue: boolean;
}

export const STATUS_LABEL_KEYS: Readonly<Record<OpportunityStatus, MessageKey>> = {
  idea: 'after.status.idea',
  planned: 'after.status.planned',
  'in-progress': 'after.status.in-progress',
  done: 'after.status.done',
};

export const PRIORITY_LABEL_KEYS: Readonly<Record<Priority, MessageKey>> = {
  low: 'after.priority.low',
  medium: 'after.priority.medium',
  high: 'after.priority.high',
};

/** Today as `YYYY-MM-DD` in local time, the form deadlines are stored in. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Past its deadline and not done. A deadline of today is not overdue yet. */
export function isOverdue(opportunity: Pick<Opportunity, 'deadline' | 'status'>, today: string): boolean {
  return opportunity.deadline !== null && opportunity.status !== 'done' && opportunity.deadline < today;
}

const rank = <T extends string>(list: readonly T[]) => new Map(list.map((value, index) => [value, index]));
const PRIORITY_RANK = rank(PRIORITIES);
const STATUS_RANK = rank(OPPORTUNITY_STATUSES);
const text = (value: string) => value.trim().toLocaleLowerCase();

function compareRows(a: ActionRow, b: ActionRow, key: ActionSortKey): number {
  const x = a.opportunity;
  const y = b.opportunity;
  switch (key) {
    case 'title':
      return text(x.title).localeCompare(text(y.title));
    case 'steps':
      return text(a.stepTitles.join(' ')).localeCompare(text(b.stepTitles.join(' ')));
    case 'owner':
      return text(x.owner).localeCompare(text(y.owner));
    case 'deadline':
      return (x.deadline ?? '9999-99-99').localeCompare(y.deadline ?? '9999-99-99');
    case 'priority':
      return PRIORITY_RANK.get(x.priority)! - PRIORITY_RANK.get(y.priority)!;
    case 'status':
      return STATUS_RANK.get(x.status)! - STATUS_RANK.get(y.status)!;
    case 'votes':
      return x.votes - y.votes;
  }
}

/**
 * The action plan's rows: filtered, then sorted by one column (ties keep board order, so the table does
 * not jump around while someone edits a row).
 */
export function actionPlanRows(
  board: BoardSnapshot,
  filter: ActionFilter,
  sort: ActionSort,
  today: string,
  /** What an untitled linked step is called, in the reader's language. */
  untitledStep = '',
): ActionRow[] {
  const stepTitle = new Map(board.steps.map((s) => [s.id, s.title || untitledStep]));
  const needle = text(filter.text);
  const rows = board.opportunities.map((opportunity, index) => ({
    index,
    row: {
      opportunity,
      stepTitles: opportunity.stepIds.flatMap((id) => {
        const title = stepTitle.get(id);
        return title === undefined ? [] : [title];
      }),
      overdue: isOverdue(opportunity, today),
    },
  }));
  const kept = rows.filter(({ row }) => {
    const o = row.opportunity;
    if (filter.status !== 'all' && o.status !== filter.status) return false;
    if (filter.priority !== 'all' && o.priority !== filter.priority) return false;
    if (filter.overdueOnly && !row.overdue) return false;
    if (needle === '') return true;
    return [o.title, o.description, o.owner, ...row.stepTitles].some((field) => text(field).includes(needle));
  });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  kept.sort((a, b) => sign * compareRows(a.row, b.row, sort.key) || a.index - b.index);
  return kept.map(({ row }) => row);
}

/** Clicking a column header: first click sorts it (descending for numbers and priority), then flips. */
export function nextSort(current: ActionSort, key: ActionSortKey): ActionSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const descendingFirst = key === 'priority' || key === 'votes';
  return { key, direction: descendingFirst ? 'descending' : 'ascending' };
}
